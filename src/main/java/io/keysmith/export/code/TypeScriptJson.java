package io.keysmith.export.code;

import io.keysmith.model.ModelJson;

/**
 * JSON literals embedded in the generated TypeScript module. JSON is a TypeScript expression; every
 * character outside printable ASCII is written as a {@code \\uXXXX} escape, so no user text (line
 * separators, {@code ${}}, {@code *}{@code /}, quotes) can end the literal or the file's comments.
 */
final class TypeScriptJson {

    private TypeScriptJson() {
    }

    static String literal(Object value) {
        String json = ModelJson.MAPPER.writeValueAsString(value).replace("\r\n", "\n");
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
