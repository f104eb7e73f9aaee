package io.keysmith.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a new relationship starts as: the next parent and child the model already links by a foreign
 * key (a child holding an attribute named like the parent's identifier, as the format's default
 * foreign key reads) that no relationship joins yet; else the first two entities.
 */
final class RelationshipDefaults {

    private RelationshipDefaults() {
    }

    /** Fills a new relationship's {@code from}, {@code to} and {@code cardinality}. */
    static void suggest(JsonNode doc, ObjectNode relationship) {
        List<String> entities = ModelNames.entities(doc);
        String[] pair = linkedButUnrelated(doc, entities);
        relationship.put("from", pair != null ? pair[0] : entities.isEmpty() ? "" : entities.getFirst());
        relationship.put("to", pair != null ? pair[1] : entities.size() < 2 ? "" : entities.get(1));
        relationship.put("cardinality", "one-to-many");
    }

    /** Parents in model order, then their children in model order: the first pair holding a foreign key and not yet related. */
    private static String[] linkedButUnrelated(JsonNode doc, List<String> entities) {
        Set<String> related = new HashSet<>();
        if (JsonPaths.get(doc, "relationships") instanceof ArrayNode relationships) {
            for (JsonNode r : relationships) {
                // either way round: a pair already joined needs no second relationship by default
                related.add(JsonPaths.text(r, "from") + "\u0000" + JsonPaths.text(r, "to"));
                related.add(JsonPaths.text(r, "to") + "\u0000" + JsonPaths.text(r, "from"));
            }
        }
        // read once: a model of hundreds of entities is searched in pairs
        Map<String, List<String>> identifiers = new HashMap<>();
        Map<String, Set<String>> attributes = new HashMap<>();
        if (JsonPaths.get(doc, "entities") instanceof ArrayNode all) {
            for (JsonNode entity : all) {
                String name = JsonPaths.text(entity, "name");
                List<String> ids = identifiers.computeIfAbsent(name, n -> new ArrayList<>());
                Set<String> names = attributes.computeIfAbsent(name, n -> new HashSet<>());
                if (entity.get("attributes") instanceof ArrayNode list) {
                    for (JsonNode a : list) {
                        names.add(JsonPaths.text(a, "name"));
                        if (a.path("identifier").asBoolean(false)) {
                            ids.add(JsonPaths.text(a, "name"));
                        }
                    }
                }
            }
        }
        for (String parent : entities) {
            List<String> ids = identifiers.getOrDefault(parent, List.of());
            if (ids.size() != 1) {
                continue;
            }
            for (String child : entities) {
                if (!child.equals(parent) && !related.contains(parent + "\u0000" + child)
                        && !ids.equals(identifiers.get(child)) && attributes.get(child).contains(ids.getFirst())) {
                    return new String[] {parent, child};
                }
            }
        }
        return null;
    }
}
