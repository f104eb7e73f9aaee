package io.keysmith.export;

import io.keysmith.model.ModelJson;

/** JSON escaping: a user string as a JSON string literal, quotes included. */
public final class JsonText {

    private JsonText() {
    }

    public static String quote(String value) {
        String json = ModelJson.MAPPER.writeValueAsString(value);
        // Keep JSON embeddable in HTML and JavaScript too.
        return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
