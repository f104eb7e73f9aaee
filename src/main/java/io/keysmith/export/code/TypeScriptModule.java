package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.export.SourceText;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.export.code.PatternShape.Parameter;
import io.keysmith.export.code.PatternShape.Role;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The TypeScript access-pattern module of section 4 of the format spec ({@code code/accessPatterns.ts}):
 * the template carries a small runtime that runs plans; this class gives it the design's facts and,
 * per pattern, its facts as JSON (the same {@link PlanFacts} the Java and Python modules embed), a
 * typed parameter interface from its {@link PatternShape} and a readable function name.
 */
final class TypeScriptModule {

    /** Names the template's runtime declares at the top level: a pattern's function must not take one. */
    private static final List<String> RUNTIME_NAMES = List.of("Options", "Params", "Found", "Item", "TableFacts",
            "EntityFacts", "When", "Row", "StoredRow", "ROWS", "keySchema", "constantsOf",
            "rangedOf", "unservedConditions", "unserved", "WeakMap", "DesignFacts", "KeyCondition", "Condition", "ReadRequest", "ReadPlan", "ItemValue",
            "UpdateAction", "Check", "Step", "WritePlan", "DESIGN", "Part", "PLACEHOLDER", "parse", "text", "padded", "fnv1a32",
            "present", "render", "attributesOf", "asKeyType", "renderKey", "equal", "compare", "holds", "pick",
            "documentClients", "doc", "tableName", "Expressions", "keyConditionExpression", "pages", "batchGet", "rowOf",
            "keyMatches", "escape", "fills", "Returned", "runRead", "templatesOf", "getItem", "queryOrScan", "matches",
            "embeddedRow", "entries", "answer", "Refused", "refusedByCondition", "refusals", "WriteState", "runWrite",
            "readStep", "distinct", "transactPart", "putItem", "updateExpression", "conditionOf", "accessPatterns", "DynamoDBClient",
            "BatchGetCommand", "DeleteCommand", "DynamoDBDocumentClient", "GetCommand", "PutCommand", "QueryCommand",
            "ScanCommand", "TransactWriteCommand", "UpdateCommand", "Record", "Promise", "Error", "Set", "Map", "Object",
            "JSON", "Math", "Array", "Number", "String", "RegExp", "TextEncoder", "Uint8Array", "setTimeout", "options",
            "params");

    record View(String title, String design, List<PatternView> patterns) {
    }

    record PatternView(String id, String key, String kind, String comment, String function, String paramsType,
            List<Property> parameters, String planConstant, String planType, String plan, String runner) {
    }

    /** One property of a parameter interface: its name as TypeScript source, optional or not, its type. */
    record Property(String name, boolean optional, String type) {
    }

    private TypeScriptModule() {
    }

    static String render(TemplateRenderer renderer, Model model, Design design, String title) {
        Identifiers names = Identifiers.camel();
        RUNTIME_NAMES.forEach(names::of);
        List<PatternView> patterns = new ArrayList<>();
        for (PatternPlan plan : design.accessPatterns()) {
            PatternShape shape = PatternShape.of(model, plan);
            Optional<AccessPattern> p = PlanFacts.pattern(model, plan.id());
            String name = p.map(AccessPattern::name).filter(n -> !n.isBlank()).orElse(plan.id());
            String function = names.of(camel(name));
            boolean read = shape.kind().equals("read");
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("id", plan.id());
            facts.putAll(PlanFacts.pattern(model, design, plan));
            patterns.add(new PatternView(SourceText.comment(plan.id()), SourceText.typescript(plan.id()), shape.kind(),
                    p.map(AccessPattern::name).map(SourceText::comment).orElse(null), function,
                    names.of(Character.toUpperCase(function.charAt(0)) + function.substring(1) + "Params"),
                    properties(shape), names.of(function + "Plan"), read ? "ReadPlan" : "WritePlan",
                    TypeScriptJson.literal(facts), read ? "runRead" : "runWrite"));
        }
        return renderer.render("code/accessPatterns.ts.mustache",
                new View(title, TypeScriptJson.literal(PlanFacts.storage(model, design)), patterns));
    }

    /** The parameter interface's properties: one per attribute, the two ends of a between as one pair. */
    private static List<Property> properties(PatternShape shape) {
        List<Property> out = new ArrayList<>();
        for (Parameter p : shape.parameters()) {
            if (p.role() == Role.HIGH) {
                continue;
            }
            String type = type(p);
            boolean plain = p.attribute().matches("[A-Za-z_$][A-Za-z0-9_$]*");
            out.add(new Property(plain ? p.attribute() : SourceText.typescript(p.attribute()), p.optional(),
                    p.role() == Role.LOW ? "[" + type + ", " + type + "]" : type));
        }
        return out;
    }

    private static String type(Parameter p) {
        if (!p.values().isEmpty() && p.values().stream().allMatch(v -> v instanceof String)) {
            return p.values().stream().map(v -> SourceText.typescript((String) v)).distinct().collect(Collectors.joining(" | "));
        }
        return switch (p.type()) {
            case "number" -> "number";
            case "boolean" -> "boolean";
            case "binary" -> "Uint8Array";
            case "map" -> "Record<string, unknown>";
            case "list" -> "unknown[]";
            case "stringSet" -> "Set<string> | string[]";
            case "numberSet" -> "Set<number> | number[]";
            default -> "string";
        };
    }

    /** "Get a user by id" as getAUserById. */
    static String camel(String sentence) {
        StringBuilder out = new StringBuilder();
        for (String word : sentence.replaceAll("['\u2019]", "").split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            out.append(out.isEmpty() ? word.substring(0, 1).toLowerCase(Locale.ROOT) : word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(word.substring(1));
        }
        return out.isEmpty() ? "pattern" : out.toString();
    }
}
