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
