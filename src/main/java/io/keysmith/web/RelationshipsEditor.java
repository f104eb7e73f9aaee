package io.keysmith.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.model.Cardinality;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Relationships, one row each: parent, cardinality, child, foreign key and the "through" entity.
 * The rows are a grid's, so only those on screen have fields, and the entity pickers load names as
 * they are scrolled: a model of thousands of relationships opens and edits as fast as a small one.
 */
final class RelationshipsEditor extends VerticalLayout {

    /** Up to this many rows the grid is as tall as its rows; past it, it scrolls. */
    static final int ALL_ROWS_VISIBLE_UP_TO = 25;

    private final EditSession session;
    private final ProblemMarkers markers;
    private final Grid<Integer> rows = new Grid<>();
    private boolean stale;

    RelationshipsEditor(EditSession session, ProblemMarkers markers) {
        this.session = session;
        this.markers = markers;
        setPadding(false);
        rows.setId("relationships");
        rows.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addComponentColumn(this::row).setHeader("Relationships");
        rows.setSelectionMode(Grid.SelectionMode.NONE);
        rows.setWidthFull();
        Button add = new Button("Add relationship", VaadinIcon.PLUS.create(), e -> {
            session.edit(this, true, doc -> RelationshipDefaults.suggest(doc, JsonPaths.array(doc, "relationships").addObject()));
            render();
            rows.scrollToEnd();
            // the grid is as tall as its rows: the page, not the grid, scrolls to the new one at the end
            rows.getElement().executeJs("requestAnimationFrame(() => this.scrollIntoView({block: 'end'}))");
        });
        add.setId("add-relationship");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // above the rows, as "Add entity" is above its list: on screen however many relationships there are
        add(add, rows);
        session.onChange(change -> {
            if (!OnScreen.now(this)) {
                stale = true;
            } else if (change.origin() != this || change.structural()) {
                render();
            }
        });
        OnScreen.whenShown(this, () -> {
            if (stale) {
                stale = false;
                render();
            }
        });
        render();
    }

    private void render() {
        int count = JsonPaths.array(session.doc(), "relationships").size();
        rows.setAllRowsVisible(count <= ALL_ROWS_VISIBLE_UP_TO);
        if (count > ALL_ROWS_VISIBLE_UP_TO) {
            rows.setHeight("70vh");
        }
        // new items: the grid draws the rows on screen again, reading the tree as it is now
        rows.setItems(IntStream.range(0, count).boxed().toList());
    }

    private HorizontalLayout row(Integer index) {
        FormFields fields = new FormFields(session, this, markers);
        String at = "relationships[" + index + "]";
        var from = fields.pick("From (parent)", at, "from", () -> ModelNames.entities(session.doc()), false, true,
                (doc, old, now) -> { });
        Select<String> cardinality = fields.select("Cardinality", at, "cardinality",
                Arrays.stream(Cardinality.values()).map(Cardinality::json).toList(), null, true);
        // a new child has other attributes: a foreign key chosen among the old child's would name nothing
        var to = fields.pick("To (child)", at, "to", () -> ModelNames.entities(session.doc()), false, true,
                (doc, old, now) -> ForeignKeyField.follow(doc, at, now));
        boolean manyToMany = "many-to-many".equals(JsonPaths.text(session.doc(), at + ".cardinality"));
        List<com.vaadin.flow.component.Component> parts = new java.util.ArrayList<>(List.of(from, cardinality, to));
        if (!manyToMany || JsonPaths.get(session.doc(), at + ".foreignKey") != null) {
            parts.add(ForeignKeyField.of(fields, session, at));
        }
        if (manyToMany || JsonPaths.get(session.doc(), at + ".through") != null) {
            parts.add(fields.entity("Through", at, "through", true, false));
        }
        var maxChildren = fields.number("Max children", at, "maxChildren", "per parent");
        maxChildren.setWidth("10rem");
        TextField name = fields.text("Name", at, "name");
        name.setPlaceholder("optional");
        name.setWidth("10rem");
        parts.add(maxChildren);
        parts.add(name);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            session.edit(this, true, doc -> JsonPaths.array(doc, "relationships").remove(index.intValue()));
            render();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove relationship");
        remove.setTooltipText("Remove relationship");
        parts.add(remove);
        HorizontalLayout row = new HorizontalLayout(parts.toArray(com.vaadin.flow.component.Component[]::new));
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("ks-row");
        return row;
    }
}
