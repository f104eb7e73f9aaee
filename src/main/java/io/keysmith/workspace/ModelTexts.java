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

    /** The top-level {@code name} of a model's text when it has one, read even when the model is not valid. */
    static java.util.Optional<String> name(String text) {
        try {
            JsonNode tree = ModelJson.parseTree(text);
            JsonNode name = tree == null ? null : tree.get("name");
            return name != null && name.isString() && !name.asString().isBlank()
                    ? java.util.Optional.of(name.asString()) : java.util.Optional.empty();
        } catch (JacksonException e) {
            return java.util.Optional.empty();
        }
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
