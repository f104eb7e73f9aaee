package io.keysmith.export;

import io.keysmith.model.ModelJson;

/** JSON escaping: a user string as a JSON string literal, quotes included. */
public final class JsonText {

    private JsonText() {
    }

    public static String quote(String value) {
        return escapeLineSeparators(ModelJson.MAPPER.writeValueAsString(value));
    }

    /**
     * JSON text with NEL, LS and PS escaped: valid JSON either way, but JavaScript and Python's
     * {@code splitlines} treat them as line breaks. They can only occur inside strings.
     */
    public static String escapeLineSeparators(String json) {
        return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\u0085", "\\u0085");
    }
}
