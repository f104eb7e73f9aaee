package io.keysmith.export.code;

import io.keysmith.model.ModelJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON literals embedded in the generated TypeScript module, laid out for reading: an object or
 * array that fits on a line stays on one. JSON is a TypeScript expression; every character outside
 * printable ASCII is written as a {@code \\uXXXX} escape, so no user text (line separators,
 * {@code ${}}, {@code *}{@code /}, quotes) can end the literal or the file's comments.
 */
final class TypeScriptJson {

    private static final int WIDTH = 100;

    private TypeScriptJson() {
    }

    static String literal(Object value) {
        return asciiOnly(layout(ModelJson.MAPPER.valueToTree(value), ""));
    }

    private static String layout(JsonNode node, String indent) {
        String flat = flat(node);
        if (!(node.isObject() || node.isArray()) || indent.length() + flat.length() <= WIDTH || node.isEmpty()) {
            return flat;
        }
        String inner = indent + "  ";
        List<String> lines = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                lines.add(inner + ModelJson.MAPPER.writeValueAsString(e.getKey()) + ": " + layout(e.getValue(), inner));
            }
            return "{\n" + String.join(",\n", lines) + "\n" + indent + "}";
        }
        node.valueStream().forEach(v -> lines.add(inner + layout(v, inner)));
        return "[\n" + String.join(",\n", lines) + "\n" + indent + "]";
    }

    /** The node on one line, with a space after colons and commas. */
    private static String flat(JsonNode node) {
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            node.properties().forEach(e -> parts.add(ModelJson.MAPPER.writeValueAsString(e.getKey()) + ": " + flat(e.getValue())));
            return parts.isEmpty() ? "{}" : "{ " + String.join(", ", parts) + " }";
        }
        if (node.isArray()) {
            return "[" + String.join(", ", node.valueStream().map(TypeScriptJson::flat).toList()) + "]";
        }
        return ModelJson.MAPPER.writeValueAsString(node);
    }

    private static String asciiOnly(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0x7e || (c < 0x20 && c != '\n')) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
