package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.model.AttributeType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Entities and their attributes: a list on the left, the chosen entity's form on the right. */
final class EntitiesEditor extends MasterDetail {

    /** Attribute fields shown under a row only when asked for or set: most attributes need none of them. */
    private static final List<String> MORE = List.of("immutable", "required", "description", "weights");

    /** Rows whose "more" line the user opened; made on first use, as the first form is drawn by the super constructor. */
    private Set<String> expanded;
    /** The attribute whose name field takes the focus when the form is drawn next (one just added). */
    private String focusOn;

    EntitiesEditor(EditSession session, ProblemMarkers markers) {
        super(session, markers, "entities", "entity", "Add entity");
    }

    @Override
    String label(JsonNode item, int index) {
        String name = JsonPaths.text(item, "name");
        return name.isEmpty() ? "(unnamed entity " + (index + 1) + ")" : name;
    }

    @Override
    String emptyText() {
        return "No entities yet. An entity is a kind of item the application stores, such as Customer or Order; "
                + "start with one and give it a name.";
    }

    /** Asks for the new entity's name, then adds it with an identifier named after it ({@code guestId}). */
    @Override
    void addClicked() {
        NameDialog.ask("New entity", "entity-name", "", "a letter, then letters, digits or '_', such as Customer",
                this::addNamed, name -> {
                    focusOn = "entities[" + (JsonPaths.array(session().doc(), "entities").size() - 1) + "].attributes[0]";
                    showLast();
                });
    }

    private String addNamed(String name) {
        if (name.isEmpty()) {
            return "Give the entity a name";
        }
        int index = JsonPaths.array(session().doc(), "entities").size();
        List<String> refused = session().editField(this, true, "entities[" + index + "].name", doc -> {
            ObjectNode entity = JsonPaths.array(doc, "entities").addObject();
            entity.put("name", name);
            ObjectNode id = entity.putArray("attributes").addObject();
            id.put("name", Character.toLowerCase(name.charAt(0)) + name.substring(1) + "Id");
            id.put("type", "string");
            id.put("identifier", true);
        });
        return refused.isEmpty() ? null : String.join("; ", refused);
    }

    @Override
    void renderDetail(VerticalLayout detail, String at) {
        FormFields fields = fields();
        TextField name = fields.text("Entity name", at, "name", ReferenceRenames::entity);
        TextArea description = fields.longText("Description", at, "description");
        var ttl = fields.pick("Expiry (TTL) attribute", at, "ttl", () -> numberAttributes(at), true, false,
                (doc, from, to) -> { });
        ttl.setHelperText("a number attribute holding epoch seconds");
        var count = fields.number("Expected items", at, "count", "items");
        var size = fields.number("Average item size", at, "itemSizeBytes", "bytes");
        FormLayout form = new FormLayout(name, description, count, size, ttl);
        form.setColspan(description, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 4));
        detail.add(form, new H3("Attributes"));
        ArrayNode attributes = JsonPaths.array(session().doc(), at + ".attributes");
        for (int i = 0; i < attributes.size(); i++) {
            detail.add(attributeRow(fields, at + ".attributes[" + i + "]", at, i));
        }
        if (focusOn != null) {
            // the form may be drawn twice in one round trip (the change, then the editor's own redraw): the last one takes the focus
            getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> focusOn = null));
        }
        Button add = new Button("Add attribute", VaadinIcon.PLUS.create(), e -> addAttribute(at));
        add.setId("add-attribute");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        detail.add(add);
    }

    /** Adds an attribute to the entity and puts the cursor in its name. */
    private void addAttribute(String entity) {
        focusOn = entity + ".attributes[" + JsonPaths.array(session().doc(), entity + ".attributes").size() + "]";
        structural(doc -> {
            ObjectNode attribute = JsonPaths.array(doc, entity + ".attributes").addObject();
            attribute.put("name", "attribute" + (JsonPaths.array(doc, entity + ".attributes").size()));
            attribute.put("type", "string");
        });
    }

    private List<String> numberAttributes(String entity) {
        List<String> names = new java.util.ArrayList<>();
        if (JsonPaths.get(session().doc(), entity + ".attributes") instanceof ArrayNode attributes) {
            attributes.forEach(a -> {
                if ("number".equals(JsonPaths.text(a, "type"))) {
                    names.add(JsonPaths.text(a, "name"));
                }
            });
        }
        return names;
    }

    private VerticalLayout attributeRow(FormFields fields, String at, String entity, int index) {
        TextField name = fields.text("Name", at, "name",
                (doc, from, to) -> ReferenceRenames.attribute(doc, JsonPaths.text(doc, entity + ".name"), from, to));
        name.setWidth("11rem");
        // Enter in the last attribute's name starts the next one: a list of attributes is typed without the mouse,
        // at speed, as the keys typed before the new row is drawn wait for it
        if (index == JsonPaths.array(session().doc(), entity + ".attributes").size() - 1) {
            TypeAhead.onEnter(name, () -> addAttribute(entity));
        }
        if (at.equals(focusOn)) {
            TypeAhead.claim(name);
        }
        Select<String> type = fields.select("Type", at, "type",
                Arrays.stream(AttributeType.values()).map(AttributeType::json).toList(), false, false);
        type.setWidth("9rem");
        Checkbox identifier = fields.flag("Identifier", at, "identifier");
        Checkbox unique = fields.flag("Unique", at, "unique");
        TextField format = fields.text("Format", at, "format");
        format.setPlaceholder("e.g. email, uuid");
        format.setWidth("8rem");
        TextField values = EnumerationField.values(fields, at);
        values.setWidth("8rem"); // grows to fill the row; a small start keeps the row on one line on a laptop
        JsonNode attribute = JsonPaths.get(session().doc(), at);
        if (expanded == null) {
            expanded = new HashSet<>();
        }
        boolean open = expanded.contains(at) || MORE.stream().anyMatch(attribute::has);
        HorizontalLayout more = moreRow(fields, at);
        more.setVisible(open);
        Button toggle = new Button(VaadinIcon.ELLIPSIS_DOTS_H.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        String label = "More of " + JsonPaths.text(attribute, "name");
        toggle.setAriaLabel(label);
        toggle.setTooltipText("More: immutable, optional, description, value weights");
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        toggle.addClassName("ks-more");
        toggle.addClickListener(e -> {
            boolean show = !more.isVisible();
            more.setVisible(show);
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(show));
            if (show) {
                expanded.add(at);
            } else {
                expanded.remove(at);
            }
        });
        Button remove = removeButton("Remove attribute " + JsonPaths.text(attribute, "name"),
                doc -> JsonPaths.array(doc, entity + ".attributes").remove(index));
        HorizontalLayout row = new HorizontalLayout(name, type, identifier, unique, format, values, toggle, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWidthFull();
        row.expand(values);
        VerticalLayout both = new VerticalLayout(row, more);
        both.setPadding(false);
        both.setSpacing(false);
        both.addClassName("ks-row");
        both.addClassName("ks-attribute");
        return both;
    }

    /** The fields most attributes leave alone: whether it never changes, may be absent, what it is, value weights. */
    private HorizontalLayout moreRow(FormFields fields, String at) {
        Checkbox immutable = fields.flag("Immutable", at, "immutable");
        immutable.setTooltipText("never changes once the item is written");
        Checkbox optional = fields.flag("Optional", at, "required", false);
        optional.setTooltipText("an item may lack it (attributes are required unless marked)");
        TextArea description = fields.longText("Description", at, "description");
        TextField weights = EnumerationField.weights(fields, at);
        weights.setWidth("10rem");
        HorizontalLayout more = new HorizontalLayout(immutable, optional, weights, description);
        more.setAlignItems(FlexComponent.Alignment.BASELINE);
        more.setWidthFull();
        more.expand(description);
        more.addClassName("ks-more-row");
        return more;
    }
}
