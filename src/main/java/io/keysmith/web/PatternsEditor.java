package io.keysmith.web;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.model.PatternType;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Access patterns: the list, and the chosen pattern's form: what it is, its key conditions, and
 * what its type uses (a read's filter, sort, includes and result size; an update's changed attributes).
 */
final class PatternsEditor extends MasterDetail {

    /** Whether the name field takes the focus when the form is drawn next (a pattern just added). */
    private boolean focusName;

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
    String emptyText() {
        return ModelNames.entities(session().doc()).isEmpty()
                ? "No access patterns yet. Add an entity first on the Entities tab: a pattern reads or writes one entity."
                : "No access patterns yet. An access pattern is one way the application reads or writes items, "
                        + "such as \"Get a customer by id\" or \"Orders of a customer, newest first\".";
    }

    /** Adds a pattern of the entity of the pattern shown (patterns of one entity are often written one after the other). */
    @Override
    void addClicked() {
        String shown = selectedLocation();
        String entity = shown == null ? "" : JsonPaths.text(session().doc(), shown + ".entity");
        focusName = true;
        addAndShow(patterns -> addPattern(patterns, entity));
    }

    private void addPattern(ArrayNode patterns, String shownEntity) {
        ObjectNode doc = session().doc();
        String id = PatternDefaults.nextId(patterns);
        ObjectNode pattern = patterns.addObject();
        pattern.put("id", id);
        pattern.put("name", "New access pattern");
        pattern.put("type", "read");
        List<String> entities = ModelNames.entities(doc);
        if (entities.contains(shownEntity)) {
            PatternDefaults.lookUpById(doc, pattern, shownEntity);
        } else if (!entities.isEmpty()) {
            PatternDefaults.lookUpById(doc, pattern, entities.getFirst());
        }
    }

    @Override
    void renderDetail(VerticalLayout detail, String at) {
        FormFields fields = fields();
        JsonNode pattern = JsonPaths.get(session().doc(), at);
        String type = JsonPaths.text(pattern, "type");
        TextField id = fields.text("Id", at, "id");
        TextField name = fields.text("Name", at, "name");
        if (focusName) {
            name.setAutoselect(true); // the default name is there to be typed over
            name.focus();
            // the form may be drawn twice in one round trip (the change, then the editor's own redraw): the last one takes the focus
            getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> focusName = false));
        }
        Select<String> kind = fields.select("Type", at, "type",
                Arrays.stream(PatternType.values()).map(PatternType::json).toList(), null, true,
                (doc, from, to) -> PatternDefaults.followType(doc, at, to));
        var entity = fields.pick("Entity", at, "entity", () -> ModelNames.entities(session().doc()), false, true,
                (doc, from, to) -> PatternDefaults.follow(doc, at, to));
        var rate = fields.number("Peak rate", at, "rate", "requests/s");
        rate.setPlaceholder("1");
        Select<String> consistency = fields.select("Consistency", at, "consistency", List.of("eventual", "strong"),
                "default (eventual)", false);
        FormLayout form = new FormLayout(id, name, kind, entity, rate, consistency);
        form.setColspan(name, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 4));
        detail.add(form);

        String entityName = JsonPaths.text(pattern, "entity");
        List<String> attributes = ModelNames.attributes(session().doc(), entityName);
        if (!"create".equals(type) || pattern.has("where")) { // a create writes a new item: it looks nothing up
            ConditionRows.add(detail, this, fields, at, "where", attributes);
        }
        boolean read = "read".equals(type);
        if (read || pattern.has("filter")) {
            ConditionRows.add(detail, this, fields, at, "filter", attributes);
        }
        if (read || pattern.has("orderBy") || pattern.has("include") || pattern.has("returns") || pattern.has("limit")) {
            detail.add(new H4("Results"));
            Select<String> orderBy = fields.select("Order by", at + ".orderBy", "attribute", attributes, "—", false);
            Select<String> direction = fields.select("Direction", at + ".orderBy", "direction", List.of("asc", "desc"),
                    "—", false);
            Select<String> returns = fields.select("Returns", at, "returns", List.of("one", "many"),
                    "default (by the conditions)", false);
            var limit = fields.number("Limit", at, "limit", "items");
            MultiSelectComboBox<String> include = IncludeField.of(fields, session(), at);
            FormLayout results = new FormLayout(returns, limit, orderBy, direction, include);
            results.setColspan(include, 4);
            results.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 4));
            detail.add(results);
        }
        if ("update".equals(type) || pattern.has("set")) {
            detail.add(new H4("Changes"));
            MultiSelectComboBox<String> set = fields.names("Attributes it changes (set)", at, "set",
                    () -> ModelNames.attributes(session().doc(), JsonPaths.text(session().doc(), at + ".entity")));
            set.setPlaceholder("choose the attributes this update writes");
            set.setWidthFull();
            detail.add(set);
        }
        TextArea notes = fields.longText("Notes", at, "notes");
        notes.setWidthFull();
        detail.add(notes);
    }
}
