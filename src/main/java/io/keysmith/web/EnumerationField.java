package io.keysmith.web;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The allowed values of an attribute and how often each occurs, typed as comma-separated lists;
 * numbers stay numbers, and text that is no number stays text so the model's check can name it.
 */
final class EnumerationField {

    private EnumerationField() {
    }

    /** The enumeration: "any, or a, b, c". */
    static TextField values(FormFields fields, String attribute) {
        TextField values = fields.textAs("Allowed values", attribute, "values", EnumerationField::joined,
                (object, text) -> write(object, "values", text, "number".equals(JsonPaths.text(object, "type"))));
        values.setPlaceholder("any, or a, b, c");
        return values;
    }

    /** One weight per allowed value, in their order: "5, 3, 1" makes the first value five times as common as the last. */
    static TextField weights(FormFields fields, String attribute) {
        TextField weights = fields.textAs("Value weights", attribute, "weights", EnumerationField::joined,
                (object, text) -> write(object, "weights", text, true));
        weights.setPlaceholder("even, or 5, 3, 1");
        return weights;
    }

    private static String joined(JsonNode node) {
        return node instanceof ArrayNode array ? String.join(", ", array.valueStream().map(JsonNode::asString).toList()) : "";
    }

    private static void write(ObjectNode attribute, String field, String text, boolean numeric) {
        if (text.isBlank()) {
            attribute.remove(field);
            return;
        }
        ArrayNode array = attribute.putArray(field);
        for (String part : text.split(",")) {
            String value = part.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (numeric && value.matches("-?\\d+(\\.\\d+)?")) {
                array.add(new BigDecimal(value));
            } else {
                array.add(value);
            }
        }
    }
}
