package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A relationship's foreign key, picked among the child's attributes: one attribute when the parent
 * has a one-attribute identifier, several (in the child's order) when its identifier has more or
 * the model lists several.
 * Left empty, the format's default applies, and the field says which attribute that is.
 */
final class ForeignKeyField {

    private ForeignKeyField() {
    }

    static Component of(FormFields fields, EditSession session, String relationship) {
        JsonNode doc = session.doc();
        String parent = JsonPaths.text(doc, relationship + ".from");
        List<String> parentIds = ModelNames.identifiers(doc, parent);
        JsonNode current = JsonPaths.get(doc, relationship + ".foreignKey");
        String hint = parentIds.isEmpty() ? "the child's attribute naming the parent" : "default: " + String.join(", ", parentIds);
        if (parentIds.size() > 1 || (current instanceof ArrayNode array && array.size() > 1)) {
            MultiSelectComboBox<String> keys = fields.names("Foreign key", relationship, "foreignKey", () -> childAttributes(session, relationship));
            keys.setPlaceholder(hint);
            keys.setWidth("16rem");
            return keys;
        }
        ComboBox<String> key = fields.pick("Foreign key", relationship, "foreignKey", () -> childAttributes(session, relationship),
                true, false, (d, from, to) -> { });
        key.setPlaceholder(hint);
        key.setWidth("13rem");
        return key;
    }

    /** After the child changed: a foreign key naming attributes the new child lacks is dropped. */
    static void follow(ObjectNode doc, String relationship, String child) {
        ObjectNode r = (ObjectNode) JsonPaths.get(doc, relationship);
        JsonNode key = r.get("foreignKey");
        if (key == null) {
            return;
        }
        List<String> attributes = ModelNames.attributes(doc, child);
        List<String> named = key.isArray() ? key.valueStream().map(JsonNode::asString).toList() : List.of(key.asString());
        if (!attributes.containsAll(named)) {
            r.remove("foreignKey");
        }
    }

    private static List<String> childAttributes(EditSession session, String relationship) {
        return ModelNames.attributes(session.doc(), JsonPaths.text(session.doc(), relationship + ".to"));
    }
}
