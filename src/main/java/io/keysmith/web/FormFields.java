package io.keysmith.web;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Fields bound to one place of the model's JSON tree, saving on change and showing problems there. */
final class FormFields {

    private final EditSession session;
    private final Object origin;
    private final ProblemMarkers markers;

    FormFields(EditSession session, Object origin, ProblemMarkers markers) {
        this.session = session;
        this.origin = origin;
        this.markers = markers;
    }

    /** What else a rename changes in the tree, given the old and the new text. */
    interface Rename {
        void apply(ObjectNode doc, String from, String to);
    }

    /** A text field for {@code parent.field}; clearing it removes the field. */
    TextField text(String label, String parent, String field) {
        return text(label, parent, field, (doc, from, to) -> { });
    }

    /** A name field whose change is carried to every reference to the name, in the same undo step. */
    TextField text(String label, String parent, String field, Rename rename) {
        TextField text = LiveTyping.of(new TextField(label));
        text.setValue(JsonPaths.text(session.doc(), join(parent, field)));
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(join(parent, field), false, doc -> {
                    rename.apply(doc, JsonPaths.text(doc, join(parent, field)), e.getValue());
                    JsonPaths.setText(doc, parent, field, e.getValue());
                });
            }
        });
        markers.register(join(parent, field), text);
        return text;
    }

    /** A choice among fixed values; {@code structural} when other fields depend on it. */
    Select<String> select(String label, String parent, String field, List<String> choices, boolean allowEmpty,
            boolean structural) {
        Select<String> select = new Select<>();
        select.setLabel(label);
        String current = JsonPaths.text(session.doc(), join(parent, field));
        List<String> items = new ArrayList<>(choices);
        if (!current.isEmpty() && !items.contains(current)) {
            items.add(current); // keep a value the model holds even when it is not a valid choice
        }
        if (allowEmpty) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("—");
        }
        select.setItems(items);
        select.setValue(current.isEmpty() ? null : current);
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(join(parent, field), structural, doc -> JsonPaths.setText(doc, parent, field, e.getValue()));
            }
        });
        markers.register(join(parent, field), select);
        return select;
    }

    /**
     * A choice of one of the model's entities, loaded on demand as the user scrolls or types: a model of
     * thousands of entities sends the browser only the names it shows.
     */
    ComboBox<String> entity(String label, String parent, String field, boolean allowEmpty, boolean structural) {
        ComboBox<String> entity = new ComboBox<>(label);
        entity.setItems(query -> ModelNames.entities(session.doc()).stream()
                .filter(name -> query.getFilter().map(f -> name.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)))
                        .orElse(true))
                .skip(query.getOffset()).limit(query.getLimit()));
        entity.setClearButtonVisible(allowEmpty);
        entity.setPlaceholder(allowEmpty ? "—" : "");
        String current = JsonPaths.text(session.doc(), join(parent, field));
        entity.setValue(current.isEmpty() ? null : current);
        entity.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null && !allowEmpty) {
                    entity.setValue(e.getOldValue()); // an entity is required here: clearing it keeps the old one
                    return;
                }
                save(join(parent, field), structural, doc -> JsonPaths.setText(doc, parent, field, e.getValue()));
            }
        });
        markers.register(join(parent, field), entity);
        return entity;
    }

    Checkbox flag(String label, String parent, String field) {
        Checkbox box = new Checkbox(label);
        JsonNode node = JsonPaths.get(session.doc(), join(parent, field));
        box.setValue(node != null && node.asBoolean(false));
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                session.edit(origin, false, doc -> JsonPaths.setFlag(doc, parent, field, e.getValue()));
            }
        });
        box.getElement().setAttribute("data-location", join(parent, field));
        return box;
    }

    /** A number; empty removes it. Whole numbers are written without a fraction. */
    NumberField number(String label, String parent, String field) {
        NumberField number = LiveTyping.of(new NumberField(label));
        number.setI18n(new NumberField.NumberFieldI18n().setBadInputErrorMessage("enter a number, such as 25 or 0.5"));
        String location = join(parent, field);
        // text that is no number reaches the server as an empty value; it must not remove the saved number
        number.getElement().addEventListener("unparsable-change", e -> refuseBadInput(number, location));
        JsonNode node = JsonPaths.get(session.doc(), join(parent, field));
        if (node != null && node.isNumber()) {
            number.setValue(node.asDouble());
        }
        number.addValueChangeListener(e -> {
            if (e.isFromClient() && !refuseBadInput(number, location)) {
                save(location, false, doc -> {
                    ObjectNode object = (ObjectNode) JsonPaths.get(doc, parent);
                    Double value = e.getValue();
                    if (value == null) {
                        object.remove(field);
                    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                        object.put(field, value.longValue());
                    } else {
                        object.put(field, value);
                    }
                });
            }
        });
        markers.register(join(parent, field), number);
        return number;
    }

    /** Saves a field's change, or shows next to the field why it was refused. */
    private void save(String location, boolean structural, java.util.function.Consumer<ObjectNode> change) {
        markers.accepted(location);
        List<String> reasons = session.editField(origin, structural, location, change);
        if (!reasons.isEmpty()) {
            markers.refuse(location, reasons);
        }
    }

    private boolean refuseBadInput(NumberField number, String location) {
        var check = number.getDefaultValidator().apply(number.getValue(), null);
        if (check.isError()) {
            markers.refuse(location, List.of(check.getErrorMessage()));
            return true;
        }
        return false;
    }

    static String join(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }
}
