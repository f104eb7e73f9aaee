package io.keysmith.web;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.databind.node.ArrayNode;
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
        TextField text = textField(label);
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

    /**
     * A text field showing a part of the model as text, such as a list typed as "a, b, c": {@code shown}
     * reads it from the tree, {@code write} puts the typed text into the object at {@code parent}.
     */
    TextField textAs(String label, String parent, String field, Function<JsonNode, String> shown,
            BiConsumer<ObjectNode, String> write) {
        TextField text = textField(label);
        String location = join(parent, field);
        text.setValue(shown.apply(JsonPaths.get(session.doc(), location)));
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(location, false, doc -> write.accept((ObjectNode) JsonPaths.get(doc, parent), e.getValue()));
            }
        });
        markers.register(location, text);
        return text;
    }

    /**
     * A text of a sentence or more (a description, notes) for {@code parent.field}: several lines, growing with
     * the text up to a few; clearing it removes the field. Sent while typing, as a text field is.
     */
    TextArea longText(String label, String parent, String field) {
        TextArea area = LiveTyping.of(new TextArea(label));
        area.setMinRows(2);
        area.setMaxRows(6);
        String location = join(parent, field);
        area.setValue(JsonPaths.text(session.doc(), location));
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(location, false, doc -> JsonPaths.setText(doc, parent, field, e.getValue()));
            }
        });
        markers.register(location, area);
        return area;
    }

    /** Every text field of the editor is made here, so how it reports typing is decided in one place. */
    static TextField textField(String label) {
        return LiveTyping.of(new TextField(label));
    }

    /** A choice among fixed values; {@code structural} when other fields depend on it. */
    Select<String> select(String label, String parent, String field, List<String> choices, boolean allowEmpty,
            boolean structural) {
        return select(label, parent, field, choices, allowEmpty ? "—" : null, structural);
    }

    /** A choice among fixed values, or none, shown as {@code emptyCaption} (null: a value is required). */
    Select<String> select(String label, String parent, String field, List<String> choices, String emptyCaption,
            boolean structural) {
        return select(label, parent, field, choices, emptyCaption, structural, (doc, from, to) -> { });
    }

    /** A choice among fixed values; {@code follow} changes what depends on the choice in the same undo step. */
    Select<String> select(String label, String parent, String field, List<String> choices, String emptyCaption,
            boolean structural, Rename follow) {
        boolean allowEmpty = emptyCaption != null;
        Select<String> select = new Select<>();
        select.setLabel(label);
        String current = JsonPaths.text(session.doc(), join(parent, field));
        List<String> items = new ArrayList<>(choices);
        if (!current.isEmpty() && !items.contains(current)) {
            items.add(current); // keep a value the model holds even when it is not a valid choice
        }
        if (allowEmpty) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(emptyCaption);
        }
        select.setItems(items);
        select.setValue(current.isEmpty() ? null : current);
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(join(parent, field), structural, doc -> {
                    follow.apply(doc, e.getOldValue() == null ? "" : e.getOldValue(), e.getValue() == null ? "" : e.getValue());
                    JsonPaths.setText(doc, parent, field, e.getValue());
                });
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
        return pick(label, parent, field, () -> ModelNames.entities(session.doc()), allowEmpty, structural, (doc, f, t) -> { });
    }

    /**
     * A choice of one name among {@code choices} (entities, attributes), loaded on demand as the user
     * scrolls or types; {@code follow} changes what depends on the choice in the same undo step.
     */
    ComboBox<String> pick(String label, String parent, String field, Supplier<List<String>> choices, boolean allowEmpty,
            boolean structural, Rename follow) {
        ComboBox<String> pick = new ComboBox<>(label);
        pick.setItems(query -> matching(choices.get(), query.getFilter()).skip(query.getOffset()).limit(query.getLimit()));
        pick.setClearButtonVisible(allowEmpty);
        pick.setPlaceholder(allowEmpty ? "—" : "");
        String location = join(parent, field);
        JsonNode node = JsonPaths.get(session.doc(), location);
        // a list of one name (a foreign key may be written so) is that name
        String current = node instanceof ArrayNode one && one.size() == 1 ? one.get(0).asString() : JsonPaths.text(session.doc(), location);
        pick.setValue(current.isEmpty() ? null : current);
        pick.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null && !allowEmpty) {
                    pick.setValue(e.getOldValue()); // a value is required here: clearing it keeps the old one
                    return;
                }
                save(location, structural, doc -> {
                    follow.apply(doc, e.getOldValue() == null ? "" : e.getOldValue(), e.getValue() == null ? "" : e.getValue());
                    JsonPaths.setText(doc, parent, field, e.getValue());
                });
            }
        });
        markers.register(location, pick);
        return pick;
    }

    /**
     * Several names among {@code choices} (attributes changed, related entities included), written as a list
     * in the order of the choices; none removes the field. Loaded on demand, like {@link #pick}.
     */
    MultiSelectComboBox<String> names(String label, String parent, String field, Supplier<List<String>> choices) {
        MultiSelectComboBox<String> names = new MultiSelectComboBox<>(label);
        String location = join(parent, field);
        Set<String> current = new LinkedHashSet<>();
        JsonNode node = JsonPaths.get(session.doc(), location);
        if (node instanceof ArrayNode array) {
            array.valueStream().map(JsonNode::asString).forEach(current::add);
        } else if (node != null && node.isString()) {
            current.add(node.asString()); // a single name where the format also allows one
        }
        Supplier<List<String>> all = () -> {
            List<String> items = new ArrayList<>(choices.get());
            current.stream().filter(c -> !items.contains(c)).forEach(items::add); // keep what the model holds
            return items;
        };
        names.setItems(query -> matching(all.get(), query.getFilter()).skip(query.getOffset()).limit(query.getLimit()));
        names.setValue(current);
        names.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(location, false, doc -> {
                    ObjectNode object = (ObjectNode) JsonPaths.get(doc, parent);
                    if (e.getValue().isEmpty()) {
                        object.remove(field);
                    } else {
                        ArrayNode array = object.putArray(field);
                        all.get().stream().filter(e.getValue()::contains).forEach(array::add);
                        e.getValue().stream().filter(v -> !all.get().contains(v)).forEach(array::add);
                    }
                });
            }
        });
        markers.register(location, names);
        return names;
    }

    private static Stream<String> matching(List<String> names, Optional<String> filter) {
        return names.stream().filter(name -> filter.map(f -> name.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)))
                .orElse(true));
    }

    /** A flag that is absent when false, as the format's flags are. */
    Checkbox flag(String label, String parent, String field) {
        return flag(label, parent, field, true);
    }

    /**
     * A check box that writes {@code field: whenChecked} when checked and removes the field otherwise:
     * "Optional" writes {@code required: false}, since an absent {@code required} means required.
     */
    Checkbox flag(String label, String parent, String field, boolean whenChecked) {
        Checkbox box = new Checkbox(label);
        JsonNode node = JsonPaths.get(session.doc(), join(parent, field));
        box.setValue(node != null && node.isBoolean() && node.asBoolean() == whenChecked);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                session.edit(origin, false, doc -> {
                    ObjectNode object = (ObjectNode) JsonPaths.get(doc, parent);
                    if (e.getValue()) {
                        object.put(field, whenChecked);
                    } else {
                        object.remove(field);
                    }
                });
            }
        });
        box.getElement().setAttribute("data-location", join(parent, field));
        return box;
    }

    /** A number; empty removes it. Whole numbers are written without a fraction. */
    NumberField number(String label, String parent, String field) {
        return number(label, parent, field, null);
    }

    /** A number shown with its unit after it ("items", "bytes", "requests/s"); null for none. */
    NumberField number(String label, String parent, String field, String unit) {
        NumberField number = LiveTyping.of(new NumberField(label));
        if (unit != null) {
            Span suffix = new Span(unit);
            suffix.addClassName("ks-unit");
            number.setSuffixComponent(suffix);
        }
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
    void save(String location, boolean structural, java.util.function.Consumer<ObjectNode> change) {
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
