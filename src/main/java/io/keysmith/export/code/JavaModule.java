package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.export.SourceText;
import io.keysmith.export.code.PatternShape.Parameter;
import io.keysmith.export.code.PatternShape.Role;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The view of {@code code/AccessPatterns.java}: a typed method per access pattern (a record per
 * entity that a create takes whole), and the plans and facts its runtime executes, written as
 * Java expressions.
 */
final class JavaModule {

    /** Simple names the template uses: an entity record must not hide them. */
    private static final Set<String> TYPE_NAMES = Set.of("AccessPatterns", "Found", "ConditionalCheckFailed", "Runner",
            "Facts", "Expression", "Item", "Part", "Template", "Scopes", "String", "Object", "Number", "Boolean", "Integer",
            "Long", "Math", "Iterable", "Override", "StringBuilder", "System", "Exception", "RuntimeException",
            "IllegalArgumentException", "UnsupportedOperationException", "Character", "Byte", "Short", "Double", "Float",
            "Void", "Class", "Record", "Enum", "Comparable", "Thread", "Error", "BigDecimal", "StandardCharsets", "ArrayList",
            "Arrays", "Collection", "Comparator", "LinkedHashMap", "LinkedHashSet", "List", "Map", "Objects", "Set",
            "ThreadLocalRandom", "Matcher", "Pattern", "SdkBytes", "DynamoDbClient", "AttributeValue", "CancellationReason",
            "ConditionCheck", "ConditionalCheckFailedException", "Delete", "DeleteItemRequest", "GetItemRequest",
            "GetItemResponse", "Put", "PutItemRequest", "QueryRequest", "QueryResponse", "ScanRequest", "ScanResponse",
            "TransactWriteItem", "TransactWriteItemsRequest", "TransactionCanceledException", "Update", "UpdateItemRequest");

    /** Names of the generated class's own members: no pattern method may take them. */
    private static final List<String> MEMBER_NAMES = List.of("call", "ids", "params", "o", "l", "runner", "hashCode",
            "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    /** Names a record component may not take: they are methods of every object. */
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "equals", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize");

    record View(String title, List<EntityRecord> records, List<Method> methods, String tables, String entities,
            List<Facts> patterns) {
    }

    /** A record of an entity's attributes: what a create takes. */
    record EntityRecord(String comment, String name, String components) {
    }

    /** A public method: its comment, signature and the one statement that runs the plan. */
    record Method(String comment, String returnType, String name, String parameters, String body) {
    }

    /** A pattern's facts in a method of their own (a big design stays under Java's method size limit). */
    record Facts(String id, String method, String text) {
    }

    private JavaModule() {
    }

    static View of(Model model, Design design, String title) {
        Map<String, String> recordNames = new LinkedHashMap<>();
        List<EntityRecord> records = new ArrayList<>();
        Identifiers types = Identifiers.camel();
        TYPE_NAMES.forEach(types::of);
        Identifiers methodNames = Identifiers.camel();
        MEMBER_NAMES.forEach(methodNames::of);
        List<Method> methods = new ArrayList<>();
        List<Facts> facts = new ArrayList<>();
        Identifiers factsNames = Identifiers.camel();
        for (PatternPlan plan : design.accessPatterns()) {
            PatternShape shape = PatternShape.of(model, plan);
            String factsMethod = factsNames.of(plan.id().toLowerCase(java.util.Locale.ROOT));
            facts.add(new Facts(SourceText.java(plan.id()), factsMethod,
                    DataLiteral.JAVA.text(PlanFacts.pattern(model, design, plan), "            ")));
            String name = methodNames.of(shape.camelName());
            String comment = SourceText.comment(shape.title());
            String run = "runner.run(" + SourceText.java(plan.id()) + ", ";
            if (shape.kind().equals("create") && shape.entity() != null) {
                Entity entity = model.entities().stream().filter(e -> e.name().equals(shape.entity())).findFirst().orElseThrow();
                String record = recordNames.computeIfAbsent(entity.name(), n -> {
                    String r = types.of(upperFirst(n));
                    records.add(new EntityRecord(SourceText.comment(n), r, components(shape.parameters())));
                    return r;
                });
                String variable = lowerFirst(record);
                List<String> ids = names(shape.parameters());
                List<String> args = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    args.add(SourceText.java(shape.parameters().get(i).attribute()) + ", " + variable + "." + ids.get(i) + "()");
                }
                methods.add(new Method(comment, "void", name, record + " " + variable,
                        run + "params(" + String.join(", ", args) + "));"));
                continue;
            }
            List<String> ids = names(shape.parameters());
            List<String> declared = new ArrayList<>();
            List<String> args = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Parameter p = shape.parameters().get(i);
                declared.add(type(p.type()) + " " + ids.get(i));
                switch (p.role()) {
                    case VALUE -> args.add(SourceText.java(p.attribute()) + ", " + ids.get(i));
                    case LOW -> args.add(SourceText.java(p.attribute()) + ", Arrays.asList(" + ids.get(i) + ", " + ids.get(i + 1) + ")");
                    case HIGH -> {
                    }
                }
            }
            boolean read = shape.kind().equals("read");
            methods.add(new Method(comment, read ? "List<Found>" : "void", name, String.join(", ", declared),
                    (read ? "return " : "") + run + "params(" + String.join(", ", args) + "));"));
        }
        Map<String, Object> all = PlanFacts.of(model, design);
        return new View(title, records, methods, DataLiteral.JAVA.text(all.get("tables"), "            "),
                DataLiteral.JAVA.text(all.get("entities"), "            "), facts);
    }

    /** Parameter names: the attribute's, or with From/To for the ends of a between. */
    private static List<String> names(List<Parameter> parameters) {
        Identifiers ids = Identifiers.camel();
        OBJECT_METHODS.forEach(ids::of);
        return parameters.stream().map(p -> ids.of(p.attribute() + switch (p.role()) {
            case VALUE -> "";
            case LOW -> "From";
            case HIGH -> "To";
        })).toList();
    }

    private static String components(List<Parameter> parameters) {
        List<String> ids = names(parameters);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(type(parameters.get(i).type()) + " " + ids.get(i));
        }
        return String.join(", ", out);
    }

    /** The Java type of a model attribute type: numbers as any Number, sets and maps as collections. */
    static String type(String modelType) {
        return switch (modelType) {
            case "number" -> "Number";
            case "boolean" -> "Boolean";
            case "binary" -> "byte[]";
            case "map" -> "Map<String, Object>";
            case "list" -> "List<Object>";
            case "stringSet" -> "Set<String>";
            case "numberSet" -> "Set<? extends Number>";
            default -> "String";
        };
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        String lower = s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        return OBJECT_METHODS.contains(lower) || lower.equals("runner") ? "instance" : Identifiers.camel().of(lower);
    }
}
