package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.export.SourceText;
import io.keysmith.export.TemplateRenderer;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The TypeScript access-pattern module of section 4 of the format spec ({@code code/accessPatterns.ts}):
 * the template carries a small runtime that runs plans; this class gives it the design's facts and,
 * per pattern, the plan as JSON, a typed parameter interface and a readable function name.
 */
final class TypeScriptModule {

    /** Names the template's runtime declares at the top level: a pattern's function must not take one. */
    private static final List<String> RUNTIME_NAMES = List.of("Options", "Params", "Found", "Item", "TableFacts",
            "EntityFacts", "When", "Row", "DesignFacts", "KeyCondition", "Condition", "ReadRequest", "ReadPlan", "ItemValue",
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
            List<ParameterTypes.Parameter> parameters, String planConstant, String planType, String plan, String runner) {
    }

    private TypeScriptModule() {
    }

    static String render(TemplateRenderer renderer, Model model, Design design, String title) {
        Identifiers names = Identifiers.camel();
        RUNTIME_NAMES.forEach(names::of);
        ModulePlans plans = new ModulePlans(design);
        List<PatternView> patterns = new ArrayList<>();
        for (AccessPattern p : model.accessPatterns()) {
            String function = names.of(camel(p.name() == null || p.name().isBlank() ? p.id() : p.name()));
            boolean read = p.isRead();
            patterns.add(new PatternView(SourceText.comment(p.id()), SourceText.typescript(p.id()), p.type().json(),
                    p.name() == null ? null : SourceText.comment(p.name()), function,
                    names.of(Character.toUpperCase(function.charAt(0)) + function.substring(1) + "Params"),
                    ParameterTypes.of(model, p), names.of(function + "Plan"), read ? "ReadPlan" : "WritePlan",
                    TypeScriptJson.literal(plans.of(p)), read ? "runRead" : "runWrite"));
        }
        return renderer.render("code/accessPatterns.ts.mustache",
                new View(title, TypeScriptJson.literal(RuntimeFacts.of(model, design)), patterns));
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
