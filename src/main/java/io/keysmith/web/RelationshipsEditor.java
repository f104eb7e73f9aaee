package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.model.Cardinality;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Relationships, one row each: parent, cardinality, child, foreign key and the "through" entity. */
final class RelationshipsEditor extends VerticalLayout {

    private final EditSession session;
    private final ProblemMarkers markers;

    RelationshipsEditor(EditSession session, ProblemMarkers markers) {
        this.session = session;
        this.markers = markers;
        setPadding(false);
        session.onChange(change -> {
            if (change.origin() != this || change.structural()) {
                render();
            }
        });
        render();
    }

    private void render() {
        removeAll();
        FormFields fields = new FormFields(session, this, markers);
        List<String> entities = ModelNames.entities(session.doc());
        ArrayNode relationships = JsonPaths.array(session.doc(), "relationships");
        for (int i = 0; i < relationships.size(); i++) {
            String at = "relationships[" + i + "]";
            Select<String> from = fields.select("From (parent)", at, "from", entities, false, false);
            Select<String> cardinality = fields.select("Cardinality", at, "cardinality",
                    Arrays.stream(Cardinality.values()).map(Cardinality::json).toList(), false, false);
            Select<String> to = fields.select("To (child)", at, "to", entities, false, false);
            TextField foreignKey = fields.text("Foreign key", at, "foreignKey");
            foreignKey.setPlaceholder("attribute of the child");
            Select<String> through = fields.select("Through", at, "through", entities, true, false);
            int index = i;
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                session.edit(this, true, doc -> JsonPaths.array(doc, "relationships").remove(index));
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove relationship");
            remove.setTooltipText("Remove relationship");
            HorizontalLayout row = new HorizontalLayout(from, cardinality, to, foreignKey, through, remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("ks-row");
            add(row);
        }
        Button add = new Button("Add relationship", VaadinIcon.PLUS.create(), e -> {
            session.edit(this, true, doc -> {
                ObjectNode relationship = JsonPaths.array(doc, "relationships").addObject();
                relationship.put("from", entities.isEmpty() ? "" : entities.getFirst());
                relationship.put("to", entities.size() < 2 ? "" : entities.get(1));
                relationship.put("cardinality", "one-to-many");
            });
            render();
        });
        add.setId("add-relationship");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(add);
    }
}
