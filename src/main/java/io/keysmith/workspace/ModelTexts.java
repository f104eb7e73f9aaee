package io.keysmith.workspace;

import io.keysmith.model.ModelJson;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Edits of a model file's text that must work even when the model is not valid yet. */
final class ModelTexts {

    private ModelTexts() {
    }

    /** The text with its top-level {@code name} replaced; unchanged when the text is not a JSON object. */
    static String renamed(String text, UnaryOperator<String> newName) {
        JsonNode tree;
        try {
            tree = ModelJson.parseTree(text);
        } catch (JacksonException e) {
            return text;
        }
        if (!(tree instanceof ObjectNode object)) {
            return text;
        }
        JsonNode old = object.get("name");
        object.put("name", newName.apply(old == null || !old.isString() ? "" : old.asString()));
        return ModelJson.write(object);
    }
}
