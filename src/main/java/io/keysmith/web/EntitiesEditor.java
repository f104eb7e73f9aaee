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
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.model.AttributeType;
import java.util.Arrays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Entities and their attributes: a list on the left, the chosen entity's form on the right. */
final class EntitiesEditor extends MasterDetail {

    EntitiesEditor(EditSession session, ProblemMarkers markers) {
        super(session, markers, "entities", "entity", "Add entity");
    }

    @Override
    String label(JsonNode item, int index) {
        String name = JsonPaths.text(item, "name");
        return name.isEmpty() ? "(unnamed entity " + (index + 1) + ")" : name;
    }

    @Override
    void addItem(ArrayNode entities) {
        ObjectNode entity = entities.addObject();
        entity.put("name", "Entity" + entities.size());
        ObjectNode id = entity.putArray("attributes").addObject();
        id.put("name", "id");
        id.put("type", "string");
        id.put("identifier", true);
    }

    @Override
    void renderDetail(VerticalLayout detail, String at) {
        FormFields fields = fields();
        TextField name = fields.text("Entity name", at, "name", ReferenceRenames::entity);
        TextField description = fields.text("Description", at, "description");
        TextField ttl = fields.text("Expiry (TTL) attribute", at, "ttl");
        FormLayout form = new FormLayout(name, description, ttl);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 4));
        detail.add(form, new H3("Attributes"));
        ArrayNode attributes = JsonPaths.array(session().doc(), at + ".attributes");
        for (int i = 0; i < attributes.size(); i++) {
            detail.add(attributeRow(fields, at + ".attributes[" + i + "]", at, i));
        }
        Button add = new Button("Add attribute", VaadinIcon.PLUS.create(), e -> structural(doc -> {
            ObjectNode attribute = JsonPaths.array(doc, at + ".attributes").addObject();
            attribute.put("name", "attribute" + (JsonPaths.array(doc, at + ".attributes").size()));
            attribute.put("type", "string");
        }));
        add.setId("add-attribute");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        detail.add(add);
    }

    private HorizontalLayout attributeRow(FormFields fields, String at, String entity, int index) {
        TextField name = fields.text("Name", at, "name",
                (doc, from, to) -> ReferenceRenames.attribute(doc, JsonPaths.text(doc, entity + ".name"), from, to));
        name.setWidth("11rem");
        Select<String> type = fields.select("Type", at, "type",
                Arrays.stream(AttributeType.values()).map(AttributeType::json).toList(), false, false);
        type.setWidth("9rem");
        Checkbox identifier = fields.flag("Identifier", at, "identifier");
        Checkbox unique = fields.flag("Unique", at, "unique");
        TextField format = fields.text("Format", at, "format");
        format.setPlaceholder("e.g. email, uuid");
        format.setWidth("8rem");
        TextField values = new EnumerationField(session(), this, markers(), at).field();
        values.setWidth("8rem"); // grows to fill the row; a small start keeps the row on one line on a laptop
        Button remove = removeButton("Remove attribute " + JsonPaths.text(session().doc(), at + ".name"),
                doc -> JsonPaths.array(doc, entity + ".attributes").remove(index));
        HorizontalLayout row = new HorizontalLayout(name, type, identifier, unique, format, values, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("ks-row");
        row.setWidthFull();
        row.expand(values);
        return row;
    }
}
