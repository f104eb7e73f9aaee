package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.export.SourceText;
import io.keysmith.export.code.PatternShape.Parameter;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The view of {@code code/access_patterns.py}: a typed method per access pattern and the plans
 * and facts its runtime executes, written as Python dict and list displays.
 */
final class PythonModule {

    /** Names of the generated class's own members: no pattern method may take them. */
    private static final List<String> MEMBER_NAMES = List.of("call", "ids", "self", "cls");

    record View(String title, List<Method> methods, String tables, String entities, List<Facts> patterns) {
    }

    /** A public method: its comment, name, parameter list and the parameter map it passes. */
    record Method(String id, String comment, String name, String parameters, String returnType, String params, boolean read) {
    }

    record Facts(String id, String text) {
    }

    private PythonModule() {
    }

    static View of(Model model, Design design, String title) {
        Identifiers methodNames = Identifiers.snake();
        MEMBER_NAMES.forEach(methodNames::of);
        List<Method> methods = new ArrayList<>();
        List<Facts> facts = new ArrayList<>();
        for (PatternPlan plan : design.accessPatterns()) {
            PatternShape shape = PatternShape.of(model, plan);
            facts.add(new Facts(SourceText.python(plan.id()), DataLiteral.PYTHON.text(PlanFacts.pattern(model, design, plan), "    ")));
            Identifiers ids = Identifiers.snake();
            ids.of("self");
            List<String> names = shape.parameters().stream().map(p -> ids.of(p.attribute() + switch (p.role()) {
                case VALUE -> "";
                case LOW -> "From";
                case HIGH -> "To";
            })).toList();
            boolean read = shape.kind().equals("read");
            boolean keywords = shape.kind().equals("create") || shape.kind().equals("update");
            List<String> required = new ArrayList<>();
            List<String> optional = new ArrayList<>();
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Parameter p = shape.parameters().get(i);
                String declared = names.get(i) + ": " + type(p.type());
                if (p.optional() && keywords) {
                    optional.add(declared + " | None = None");
                } else {
                    required.add(declared);
                }
                switch (p.role()) {
                    case VALUE -> entries.add(SourceText.python(p.attribute()) + ": " + names.get(i));
                    case LOW -> entries.add(SourceText.python(p.attribute()) + ": [" + names.get(i) + ", " + names.get(i + 1) + "]");
                    case HIGH -> {
                    }
                }
            }
            List<String> parameters = new ArrayList<>();
            parameters.add("self");
            if (keywords && !names.isEmpty()) {
                parameters.add("*");
            }
            parameters.addAll(required);
            parameters.addAll(optional);
            methods.add(new Method(SourceText.python(plan.id()), SourceText.comment(shape.title()), methodNames.of(shape.snakeName()),
                    String.join(", ", parameters), read ? "list[Found]" : "None", "{" + String.join(", ", entries) + "}", read));
        }
        Map<String, Object> all = PlanFacts.of(model, design);
        return new View(title, methods, DataLiteral.PYTHON.text(all.get("tables"), ""),
                DataLiteral.PYTHON.text(all.get("entities"), ""), facts);
    }

    /** The Python type of a model attribute type (annotations only: nothing checks them at run time). */
    static String type(String modelType) {
        return switch (modelType) {
            case "number" -> "Number";
            case "boolean" -> "bool";
            case "binary" -> "bytes";
            case "map" -> "dict[str, Any]";
            case "list" -> "list[Any]";
            case "stringSet" -> "set[str]";
            case "numberSet" -> "set[Number]";
            default -> "str";
        };
    }
}
