package io.keysmith.web;

import io.keysmith.model.Problem;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Says where a problem is in the words of the editor: {@code accessPatterns[7].entity} becomes
 * "AP8 Update guest · entity", {@code entities[2].attributes[1].name} "Guest.email · name".
 * A location it cannot read (a line and column of broken JSON) is shown as it is.
 */
final class ProblemPlaces {

    private static final Pattern ITEM = Pattern.compile("^(entities|relationships|accessPatterns)\\[(\\d+)](.*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\.attributes\\[(\\d+)](.*)$");
    private static final Pattern STEP = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)])?$");
    private static final Pattern CONDITION = Pattern.compile("^\\.(where|filter|set|include|values|weights)\\[(\\d+)](.*)$");

    /** The words for the model's field names, as the forms label them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("id", "id"), Map.entry("entity", "entity"), Map.entry("type", "type"),
            Map.entry("where", "key conditions"), Map.entry("filter", "filter"), Map.entry("attribute", "attribute"),
            Map.entry("op", "comparison"), Map.entry("value", "constant value"), Map.entry("orderBy", "order by"),
            Map.entry("include", "include"), Map.entry("returns", "returns"), Map.entry("limit", "limit"),
            Map.entry("set", "attributes it changes"), Map.entry("rate", "peak rate"), Map.entry("consistency", "consistency"),
            Map.entry("ttl", "expiry (TTL) attribute"), Map.entry("count", "expected items"),
            Map.entry("itemSizeBytes", "average item size"), Map.entry("attributes", "attributes"),
            Map.entry("identifier", "identifier"), Map.entry("values", "allowed values"), Map.entry("weights", "value weights"),
            Map.entry("from", "from"), Map.entry("to", "to"), Map.entry("cardinality", "cardinality"),
            Map.entry("foreignKey", "foreign key"), Map.entry("through", "through"), Map.entry("maxChildren", "max children"),
            Map.entry("tableName", "table name"), Map.entry("style", "style"), Map.entry("billingMode", "billing"),
            Map.entry("format", "format"), Map.entry("description", "description"));

    private ProblemPlaces() {
    }

    /** The problem as a sentence for the problem list: "AP8 Update guest · entity: "Guset" is not an entity ...". */
    static String sentence(JsonNode doc, Problem problem) {
        String place = problem.location() == null || problem.location().isEmpty() ? "" : place(doc, problem.location()) + ": ";
        return (problem.isError() ? "" : "Warning: ") + place + problem.message();
    }

    /** Where {@code location} is, named by the model's own ids and names. */
    static String place(JsonNode doc, String location) {
        Matcher item = ITEM.matcher(location);
        if (doc == null || !item.matches()) {
            return location.startsWith("settings.") ? "Settings · " + field(location.substring("settings.".length()))
                    : location.equals("name") ? "Model name" : location;
        }
        int index = Integer.parseInt(item.group(2));
        JsonNode node = JsonPaths.get(doc, item.group(1) + "[" + index + "]");
        String rest = item.group(3);
        String what = switch (item.group(1)) {
            case "entities" -> entity(node, index);
            case "relationships" -> relationship(node, index);
            default -> pattern(node, index);
        };
        Matcher attribute = ATTRIBUTE.matcher(rest);
        if (attribute.matches() && node != null) {
            int a = Integer.parseInt(attribute.group(1));
            String name = JsonPaths.text(node, "attributes[" + a + "].name");
            what += "." + (name.isEmpty() ? "attribute " + (a + 1) : name);
            rest = attribute.group(2);
        }
        Matcher part = CONDITION.matcher(rest);
        if (part.matches()) {
            int k = Integer.parseInt(part.group(2)) + 1;
            String kind = switch (part.group(1)) {
                case "where" -> "key condition " + k;
                case "filter" -> "filter " + k;
                default -> field(part.group(1)) + " " + k;
            };
            String inner = part.group(3);
            return what + " · " + kind + (inner.startsWith(".") ? " " + field(inner.substring(1)) : "");
        }
        return rest.startsWith(".") ? what + " · " + field(rest.substring(1)) : what;
    }

    private static String entity(JsonNode node, int index) {
        String name = node == null ? "" : JsonPaths.text(node, "name");
        return name.isEmpty() ? "Entity " + (index + 1) : name;
    }

    private static String relationship(JsonNode node, int index) {
        if (node == null) {
            return "Relationship " + (index + 1);
        }
        String name = JsonPaths.text(node, "name");
        return "Relationship " + (name.isEmpty() ? "" : name + " ") + JsonPaths.text(node, "from") + " → " + JsonPaths.text(node, "to");
    }

    private static String pattern(JsonNode node, int index) {
        if (node == null) {
            return "Access pattern " + (index + 1);
        }
        String id = JsonPaths.text(node, "id");
        String name = JsonPaths.text(node, "name");
        String label = ((id.isEmpty() ? "" : id + " ") + name).strip();
        return label.isEmpty() ? "Access pattern " + (index + 1) : label;
    }

    /** "orderBy.attribute" as "order by attribute", "values[2]" as "allowed values 3". */
    private static String field(String path) {
        StringBuilder words = new StringBuilder();
        for (String step : path.split("\\.")) {
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                continue;
            }
            words.append(words.isEmpty() ? "" : " ").append(FIELDS.getOrDefault(m.group(1), m.group(1)));
            if (m.group(2) != null) {
                words.append(' ').append(Integer.parseInt(m.group(2)) + 1);
            }
        }
        return words.isEmpty() ? path : words.toString();
    }
}
