package io.keysmith.web;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The related entities an access pattern reads along with its own, chosen from the model's entities. */
final class IncludeField {

    private IncludeField() {
    }

    static MultiSelectComboBox<String> of(EditSession session, Object origin, ProblemMarkers markers, String pattern) {
        String location = pattern + ".include";
        MultiSelectComboBox<String> include = new MultiSelectComboBox<>("Include related entities");
        Set<String> current = new LinkedHashSet<>();
        if (JsonPaths.get(session.doc(), location) instanceof ArrayNode array) {
            array.valueStream().map(JsonNode::asString).forEach(current::add);
        }
        List<String> items = new ArrayList<>(ModelNames.entities(session.doc()));
        current.stream().filter(c -> !items.contains(c)).forEach(items::add); // keep what the model holds
        include.setItems(items);
        include.setValue(current);
        include.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                markers.accepted(location);
                List<String> refused = session.editField(origin, false, location, doc -> {
                    ObjectNode object = (ObjectNode) JsonPaths.get(doc, pattern);
                    if (e.getValue().isEmpty()) {
                        object.remove("include");
                    } else {
                        ArrayNode array = object.putArray("include");
                        items.stream().filter(e.getValue()::contains).forEach(array::add);
                    }
                });
                if (!refused.isEmpty()) {
                    markers.refuse(location, refused);
                }
            }
        });
        markers.register(location, include);
        return include;
    }
}
