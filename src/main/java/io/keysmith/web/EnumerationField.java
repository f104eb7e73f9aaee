package io.keysmith.web;

import com.vaadin.flow.component.textfield.TextField;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The allowed values of an attribute, typed as a comma-separated list; numbers stay numbers. */
final class EnumerationField {

    private final TextField field = new TextField("Allowed values");

    EnumerationField(EditSession session, Object origin, ProblemMarkers markers, String attribute) {
        field.setPlaceholder("any, or a, b, c");
        JsonNode values = JsonPaths.get(session.doc(), attribute + ".values");
        if (values instanceof ArrayNode array) {
            field.setValue(String.join(", ", array.valueStream().map(JsonNode::asString).toList()));
        }
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                String location = attribute + ".values";
                markers.accepted(location);
                var refused = session.editField(origin, false, location,
                        doc -> write((ObjectNode) JsonPaths.get(doc, attribute), e.getValue()));
                if (!refused.isEmpty()) {
                    markers.refuse(location, refused);
                }
            }
        });
        markers.register(attribute + ".values", field);
    }

    TextField field() {
        return field;
    }

    private static void write(ObjectNode attribute, String text) {
        if (text.isBlank()) {
            attribute.remove("values");
            return;
        }
        boolean numeric = "number".equals(JsonPaths.text(attribute, "type"));
        ArrayNode array = attribute.putArray("values");
        for (String part : text.split(",")) {
            String value = part.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (numeric && value.matches("-?\\d+(\\.\\d+)?")) {
                array.add(new java.math.BigDecimal(value));
            } else {
                array.add(value);
            }
        }
    }
}
