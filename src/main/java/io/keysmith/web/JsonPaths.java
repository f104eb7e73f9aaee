package io.keysmith.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a model's JSON tree at locations written as the validator writes them,
 * {@code accessPatterns[3].where[1].attribute}, so an editor field and a problem share one address.
 */
final class JsonPaths {

    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");

    private JsonPaths() {
    }

    /** The node at the location, or null when any step is missing. */
    static JsonNode get(JsonNode root, String location) {
        JsonNode node = root;
        Matcher m = STEP.matcher(location);
        while (node != null && m.find()) {
            node = m.group(1) != null ? node.get(m.group(1)) : node.get(Integer.parseInt(m.group(2)));
        }
        return node;
    }

    /** The object at the location, created (with its parents) when missing. */
    static ObjectNode object(ObjectNode root, String location) {
        return (ObjectNode) container(root, location, true);
    }

    /** The array at the location, created (with its parents) when missing. */
    static ArrayNode array(ObjectNode root, String location) {
        return (ArrayNode) container(root, location, false);
    }

    private static JsonNode container(ObjectNode root, String location, boolean object) {
        int dot = location.lastIndexOf('.');
        String field = dot < 0 ? location : location.substring(dot + 1);
        ObjectNode parent = dot < 0 ? root : (ObjectNode) get(root, location.substring(0, dot));
        JsonNode existing = parent.get(field);
        if (object && existing instanceof ObjectNode o) {
            return o;
        }
        if (!object && existing instanceof ArrayNode a) {
            return a;
        }
        return object ? parent.putObject(field) : parent.putArray(field);
    }

    /**
     * Sets a string field of the object at {@code parent}, creating that object when missing; blank
     * text removes the field, and an object left empty (an {@code orderBy} without fields) goes too.
     */
    static void setText(ObjectNode root, String parent, String field, String value) {
        JsonNode node = parent.isEmpty() ? root : get(root, parent);
        if (value == null || value.isBlank()) {
            if (node instanceof ObjectNode object) {
                object.remove(field);
                int dot = parent.lastIndexOf('.');
                if (object.isEmpty() && dot > 0 && !parent.endsWith("]")) {
                    ((ObjectNode) get(root, parent.substring(0, dot))).remove(parent.substring(dot + 1));
                }
            }
        } else {
            ObjectNode object = node instanceof ObjectNode o ? o : object(root, parent);
            object.put(field, value.strip());
        }
    }

    static String text(JsonNode root, String location) {
        JsonNode node = get(root, location);
        return node == null || node.isNull() ? "" : node.isValueNode() ? node.asString() : node.toString();
    }
}
