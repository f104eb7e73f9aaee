package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.model.Op;
import io.keysmith.model.PatternType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Access patterns: the list, and the chosen pattern's entity, conditions, filter, sort, include and rate. */
final class PatternsEditor extends MasterDetail {

    PatternsEditor(EditSession session, ProblemMarkers markers) {
        super(session, markers, "accessPatterns", "access pattern", "Add access pattern");
    }

    @Override
    String label(JsonNode item, int index) {
        String id = JsonPaths.text(item, "id");
        String name = JsonPaths.text(item, "name");
        return (id.isEmpty() ? "" : id + " · ") + (name.isEmpty() ? "(unnamed)" : name);
    }

    @Override
    void addItem(ArrayNode patterns) {
        ObjectNode pattern = patterns.addObject();
        pattern.put("id", "AP" + patterns.size());
        pattern.put("name", "New access pattern");
        pattern.put("type", "read");
        JsonNode first = JsonPaths.get(session().doc(), "entities[0]");
        if (first != null) {
            pattern.put("entity", JsonPaths.text(first, "name"));
            String id = identifierOf(first);
            if (id != null) {
                ObjectNode condition = pattern.putArray("where").addObject();
                condition.put("attribute", id);
                condition.put("op", "=");
            }
        }
    }

    @Override
    void renderDetail(VerticalLayout detail, String at) {
        FormFields fields = fields();
        TextField id = fields.text("Id", at, "id");
        TextField name = fields.text("Name", at, "name");
        Select<String> type = fields.select("Type", at, "type",
                Arrays.stream(PatternType.values()).map(PatternType::json).toList(), false, false);
        Select<String> entity = fields.select("Entity", at, "entity", entityNames(), false, true);
        var rate = fields.number("Peak rate (requests/s)", at, "rate");
        var limit = fields.number("Limit (items)", at, "limit");
        FormLayout form = new FormLayout(id, name, type, entity, rate, limit);
        form.setColspan(name, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 4));
        detail.add(form);

        List<String> attributes = attributeNames(JsonPaths.text(session().doc(), at + ".entity"));
        conditions(detail, fields, at, "where", "Key conditions", attributes);
        conditions(detail, fields, at, "filter", "Filter", attributes);

        detail.add(new H4("Sort and include"));
        Select<String> orderBy = fields.select("Order by", at + ".orderBy", "attribute", attributes, true, false);
        Select<String> direction = fields.select("Direction", at + ".orderBy", "direction", List.of("asc", "desc"), true, false);
        MultiSelectComboBox<String> include = includeField(at);
        HorizontalLayout sort = new HorizontalLayout(orderBy, direction, include);
        sort.setAlignItems(FlexComponent.Alignment.BASELINE);
        sort.expand(include);
        sort.setWidthFull();
        detail.add(sort);
        TextField notes = fields.text("Notes", at, "notes");
        notes.setWidthFull();
        detail.add(notes);
    }

    private void conditions(VerticalLayout detail, FormFields fields, String at, String kind, String title,
            List<String> attributes) {
        detail.add(new H4(title));
        JsonNode list = JsonPaths.get(session().doc(), at + "." + kind);
        int size = list instanceof ArrayNode array ? array.size() : 0;
        for (int i = 0; i < size; i++) {
            String c = at + "." + kind + "[" + i + "]";
            Select<String> attribute = fields.select("Attribute", c, "attribute", attributes, false, false);
            Select<String> op = fields.select("Comparison", c, "op", Arrays.stream(Op.values()).map(Op::json).toList(),
                    false, false);
            op.setWidth("9rem");
            TextField value = fields.text("Constant value", c, "value");
            value.setPlaceholder("empty: a request parameter");
            int index = i;
            Button remove = removeButton("Remove condition", doc -> {
                ArrayNode array = JsonPaths.array(doc, at + "." + kind);
                array.remove(index);
                if (array.isEmpty()) {
                    ((ObjectNode) JsonPaths.get(doc, at)).remove(kind);
                }
            });
            HorizontalLayout row = new HorizontalLayout(attribute, op, value, remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("ks-row");
            detail.add(row);
        }
        Button add = new Button("Add " + (kind.equals("where") ? "key condition" : "filter"), VaadinIcon.PLUS.create(),
                e -> structural(doc -> {
                    ObjectNode condition = JsonPaths.array(doc, at + "." + kind).addObject();
                    condition.put("attribute", attributes.isEmpty() ? "" : attributes.getFirst());
                    condition.put("op", "=");
                }));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-" + kind);
        detail.add(add);
    }

    private MultiSelectComboBox<String> includeField(String at) {
        MultiSelectComboBox<String> include = new MultiSelectComboBox<>("Include related entities");
        Set<String> current = new LinkedHashSet<>();
        if (JsonPaths.get(session().doc(), at + ".include") instanceof ArrayNode array) {
            array.valueStream().map(JsonNode::asString).forEach(current::add);
        }
        List<String> items = new ArrayList<>(entityNames());
        current.stream().filter(c -> !items.contains(c)).forEach(items::add);
        include.setItems(items);
        include.setValue(current);
        include.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                session().edit(this, false, doc -> {
                    ObjectNode pattern = (ObjectNode) JsonPaths.get(doc, at);
                    if (e.getValue().isEmpty()) {
                        pattern.remove("include");
                    } else {
                        ArrayNode array = pattern.putArray("include");
                        items.stream().filter(e.getValue()::contains).forEach(array::add);
                    }
                });
            }
        });
        markers().register(at + ".include", include);
        return include;
    }

    private List<String> entityNames() {
        List<String> names = new ArrayList<>();
        if (JsonPaths.get(session().doc(), "entities") instanceof ArrayNode entities) {
            entities.forEach(e -> names.add(JsonPaths.text(e, "name")));
        }
        return names;
    }

    private List<String> attributeNames(String entity) {
        List<String> names = new ArrayList<>();
        if (JsonPaths.get(session().doc(), "entities") instanceof ArrayNode entities) {
            entities.forEach(e -> {
                if (JsonPaths.text(e, "name").equals(entity) && e.get("attributes") instanceof ArrayNode attributes) {
                    attributes.forEach(a -> names.add(JsonPaths.text(a, "name")));
                }
            });
        }
        return names;
    }

    private static String identifierOf(JsonNode entity) {
        if (entity.get("attributes") instanceof ArrayNode attributes) {
            for (JsonNode a : attributes) {
                if (a.path("identifier").asBoolean(false)) {
                    return JsonPaths.text(a, "name");
                }
            }
        }
        return null;
    }
}
