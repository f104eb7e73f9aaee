package io.keysmith.web;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an access pattern starts with and what follows its entity: a new pattern, or one whose
 * entity changed, looks its entity up by identifier, and nothing of the previous entity's
 * attributes (conditions, sort, set, the entity itself among the includes) stays behind.
 */
final class PatternDefaults {

    private PatternDefaults() {
    }

    /** The first id of the form {@code AP<n>} no pattern uses yet. */
    static String nextId(ArrayNode patterns) {
        java.util.Set<String> used = new java.util.HashSet<>();
        patterns.forEach(p -> used.add(JsonPaths.text(p, "id")));
        int n = patterns.size() + 1;
        while (used.contains("AP" + n)) {
            n++;
        }
        return "AP" + n;
    }

    /** Points the pattern at {@code entity} with a condition on each of its identifier attributes. */
    static void lookUpById(ObjectNode doc, ObjectNode pattern, String entity) {
        pattern.put("entity", entity);
        List<String> ids = ModelNames.identifiers(doc, entity);
        if (!ids.isEmpty() && !"create".equals(JsonPaths.text(pattern, "type"))) {
            ArrayNode where = pattern.putArray("where");
            ids.forEach(id -> where.addObject().put("attribute", id).put("op", "="));
        }
    }

    /**
     * After the pattern's entity changed to {@code entity}: drops what names attributes the entity lacks,
     * and when no key condition is left, looks the entity up by its identifier.
     */
    static void follow(ObjectNode doc, String patternLocation, String entity) {
        ObjectNode pattern = (ObjectNode) JsonPaths.get(doc, patternLocation);
        List<String> attributes = ModelNames.attributes(doc, entity);
        for (String kind : List.of("where", "filter")) {
            if (pattern.get(kind) instanceof ArrayNode conditions) {
                removeIf(conditions, c -> !attributes.contains(JsonPaths.text(c, "attribute")));
                if (conditions.isEmpty()) {
                    pattern.remove(kind);
                }
            }
        }
        if (pattern.get("orderBy") != null && !attributes.contains(JsonPaths.text(pattern, "orderBy.attribute"))) {
            pattern.remove("orderBy");
        }
        if (pattern.get("set") instanceof ArrayNode set) {
            removeIf(set, a -> !attributes.contains(a.asString()));
            if (set.isEmpty()) {
                pattern.remove("set");
            }
        }
        if (pattern.get("include") instanceof ArrayNode include) {
            removeIf(include, e -> e.asString().equals(entity));
            if (include.isEmpty()) {
                pattern.remove("include");
            }
        }
        if (pattern.get("where") == null) {
            lookUpById(doc, pattern, entity);
        }
    }

    /**
     * After the pattern's type changed to {@code type}: a create writes a whole new item, so it has no key
     * conditions or filter; a pattern that stops being a create looks its entity up by identifier.
     */
    static void followType(ObjectNode doc, String patternLocation, String type) {
        ObjectNode pattern = (ObjectNode) JsonPaths.get(doc, patternLocation);
        if ("create".equals(type)) {
            pattern.remove("where");
            pattern.remove("filter");
        } else if (pattern.get("where") == null && !JsonPaths.text(pattern, "entity").isEmpty()) {
            pattern.put("type", type); // read by lookUpById, which gives a create no conditions
            lookUpById(doc, pattern, JsonPaths.text(pattern, "entity"));
        }
    }

    private static void removeIf(ArrayNode array, java.util.function.Predicate<JsonNode> drop) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (drop.test(array.get(i))) {
                array.remove(i);
            }
        }
    }
}
