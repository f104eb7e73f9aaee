package io.keysmith.web;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.keysmith.design.Denormalization;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.design.Warning;

/**
 * The design of the model as it stands, recomputed on every change: cost of single- and
 * multi-table side by side, each table's items grouped by partition, index views, the plan per
 * access pattern, warnings and denormalizations.
 */
final class DesignPanel extends VerticalLayout {

    private final EditSession session;
    private final RadioButtonGroup<String> style = new RadioButtonGroup<>();
    private final Div content = new Div();

    DesignPanel(EditSession session) {
        this.session = session;
        setId("design");
        setPadding(false);
        style.setItems(DesignEngine.SINGLE_TABLE, DesignEngine.MULTI_TABLE);
        style.setItemLabelGenerator(s -> s.equals(DesignEngine.SINGLE_TABLE) ? "Single table" : "Multi table");
        style.setLabel("Style");
        style.setValue(DesignEngine.SINGLE_TABLE);
        style.setId("design-style");
        style.addValueChangeListener(e -> render());
        content.setWidthFull();
        add(style, content);
        WhenShown.recompute(this, session, this::render);
    }

    private void render() {
        content.removeAll();
        var model = session.result().model();
        if (model == null || !session.result().ok()) {
            content.add(new Span("The design appears once the model has no errors; see the problems above."));
            return;
        }
        DesignComputation computed;
        try {
            computed = DesignComputation.of(model, style.getValue());
        } catch (RuntimeException e) {
            content.add(new Span("The engine could not design this model: " + e.getMessage()));
            return;
        }
        Design design = computed.chosen();
        content.add(CostCards.of(computed));
        for (Table table : design.tables()) {
            content.add(new H3("Table " + table.name()));
            content.add(new Span(keySchema(table)));
            content.add(TableItemsGrid.of(table, computed.items(), null));
            for (SecondaryIndex index : table.globalSecondaryIndexes()) {
                Details view = new Details("Index " + index.name() + " — " + keys(index),
                        TableItemsGrid.of(table, computed.items(), index));
                view.addClassName("ks-index-view");
                content.add(view);
            }
        }
        content.add(new H3("Access pattern plans"), PlansGrid.of(design));
        if (!design.warnings().isEmpty()) {
            content.add(new H3("Warnings"), list(design.warnings().stream()
                    .map(w -> w.target() + ": " + w.message() + (w.remedy() == null ? "" : " — " + w.remedy())).toList(), "warnings"));
        }
        if (!design.denormalizations().isEmpty()) {
            content.add(new H3("Denormalizations"), list(design.denormalizations().stream()
                    .map(DesignPanel::describe).toList(), "denormalizations"));
        }
    }

    private static UnorderedList list(java.util.List<String> lines, String id) {
        UnorderedList ul = new UnorderedList();
        ul.setId(id);
        lines.forEach(line -> ul.add(new ListItem(line)));
        return ul;
    }

    private static String describe(Denormalization d) {
        return d.kind() + " of " + d.entity() + (d.attributes() == null ? "" : " (" + String.join(", ", d.attributes()) + ")")
                + (d.reason() == null ? "" : ": " + d.reason()) + (d.writeCost() == null ? "" : " — " + d.writeCost());
    }

    private static String keySchema(Table table) {
        return "Partition key " + table.partitionKey().name()
                + (table.sortKey() == null ? "" : ", sort key " + table.sortKey().name())
                + ", " + Plural.of(table.globalSecondaryIndexes().size(), "GSI");
    }

    private static String keys(SecondaryIndex index) {
        return index.partitionKey().name() + (index.sortKey() == null ? "" : " / " + index.sortKey().name());
    }
}
