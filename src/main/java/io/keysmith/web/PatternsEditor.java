package io.keysmith.web;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.model.PatternType;
import java.util.Arrays;
import java.util.List;
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
            String id = ModelNames.identifierOf(first);
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
        var entity = fields.entity("Entity", at, "entity", false, true);
        var rate = fields.number("Peak rate (requests/s)", at, "rate");
        var limit = fields.number("Limit (items)", at, "limit");
        FormLayout form = new FormLayout(id, name, type, entity, rate, limit);
        form.setColspan(name, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 4));
        detail.add(form);

        List<String> attributes = ModelNames.attributes(session().doc(), JsonPaths.text(session().doc(), at + ".entity"));
        ConditionRows.add(detail, this, fields, at, "where", attributes);
        ConditionRows.add(detail, this, fields, at, "filter", attributes);

        detail.add(new H4("Sort and include"));
        Select<String> orderBy = fields.select("Order by", at + ".orderBy", "attribute", attributes, true, false);
        Select<String> direction = fields.select("Direction", at + ".orderBy", "direction", List.of("asc", "desc"), true, false);
        MultiSelectComboBox<String> include = IncludeField.of(session(), this, markers(), at);
        HorizontalLayout sort = new HorizontalLayout(orderBy, direction, include);
        sort.setAlignItems(FlexComponent.Alignment.BASELINE);
        sort.expand(include);
        sort.setWidthFull();
        detail.add(sort);
        TextField notes = fields.text("Notes", at, "notes");
        notes.setWidthFull();
        detail.add(notes);
    }
}
