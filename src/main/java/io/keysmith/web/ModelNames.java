package io.keysmith.web;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Names read from the model's JSON tree as it is being edited: the choices the editor's selects offer. */
final class ModelNames {

    private ModelNames() {
    }

    static List<String> entities(JsonNode doc) {
        List<String> names = new ArrayList<>();
        if (JsonPaths.get(doc, "entities") instanceof ArrayNode entities) {
            entities.forEach(e -> names.add(JsonPaths.text(e, "name")));
        }
        return names;
    }

    static List<String> attributes(JsonNode doc, String entity) {
        List<String> names = new ArrayList<>();
        if (JsonPaths.get(doc, "entities") instanceof ArrayNode entities) {
            entities.forEach(e -> {
                if (JsonPaths.text(e, "name").equals(entity) && e.get("attributes") instanceof ArrayNode attributes) {
                    attributes.forEach(a -> names.add(JsonPaths.text(a, "name")));
                }
            });
        }
        return names;
    }

    /** The entities linked to {@code entity} by a relationship, either way or through a link entity, in model order. */
    static List<String> related(JsonNode doc, String entity) {
        java.util.Set<String> linked = new java.util.HashSet<>();
        if (JsonPaths.get(doc, "relationships") instanceof ArrayNode relationships) {
            for (JsonNode r : relationships) {
                List<String> ends = List.of(JsonPaths.text(r, "from"), JsonPaths.text(r, "to"), JsonPaths.text(r, "through"));
                if (ends.contains(entity)) {
                    linked.addAll(ends);
                }
            }
        }
        linked.remove(entity);
        return entities(doc).stream().filter(linked::contains).toList();
    }

    /** The attributes of {@code entity} marked as identifier, in order. */
    static List<String> identifiers(JsonNode doc, String entity) {
        List<String> names = new ArrayList<>();
        if (JsonPaths.get(doc, "entities") instanceof ArrayNode entities) {
            entities.forEach(e -> {
                if (JsonPaths.text(e, "name").equals(entity) && e.get("attributes") instanceof ArrayNode attributes) {
                    attributes.forEach(a -> {
                        if (a.path("identifier").asBoolean(false)) {
                            names.add(JsonPaths.text(a, "name"));
                        }
                    });
                }
            });
        }
        return names;
    }

    /** The type of {@code attribute} of {@code entity} as the model writes it, or "" when there is none. */
    static String attributeType(JsonNode doc, String entity, String attribute) {
        if (JsonPaths.get(doc, "entities") instanceof ArrayNode entities) {
            for (JsonNode e : entities) {
                if (JsonPaths.text(e, "name").equals(entity) && e.get("attributes") instanceof ArrayNode attributes) {
                    for (JsonNode a : attributes) {
                        if (JsonPaths.text(a, "name").equals(attribute)) {
                            return JsonPaths.text(a, "type");
                        }
                    }
                }
            }
        }
        return "";
    }

    /** The first attribute marked as identifier, or null. */
    static String identifierOf(JsonNode entity) {
        if (entity.get("attributes") instanceof ArrayNode attributes) {
            for (JsonNode a : attributes) {
                if (a.path("identifier").asBoolean(false)) {
                    return JsonPaths.text(a, "name");
                }
            }
        }
        return null;
    }
}
