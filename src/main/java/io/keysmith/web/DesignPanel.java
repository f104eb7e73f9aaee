package io.keysmith.web;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.keysmith.design.Denormalization;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.design.Warning;
import java.util.Locale;
import java.util.stream.Collectors;

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
        content.add(costs(computed));
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
        content.add(new H3("Access pattern plans"), plans(design));
        if (!design.warnings().isEmpty()) {
            content.add(new H3("Warnings"), list(design.warnings().stream()
                    .map(w -> w.target() + ": " + w.message() + (w.remedy() == null ? "" : " — " + w.remedy())).toList(), "warnings"));
        }
        if (!design.denormalizations().isEmpty()) {
            content.add(new H3("Denormalizations"), list(design.denormalizations().stream()
                    .map(DesignPanel::describe).toList(), "denormalizations"));
        }
    }

    private HorizontalLayout costs(DesignComputation computed) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("design-costs");
        for (Design d : new Design[] {computed.single(), computed.multi()}) {
            VerticalLayout card = new VerticalLayout();
            card.addClassName("ks-card");
            if (d == computed.chosen()) {
                card.addClassName("ks-card-chosen");
            }
            card.setSpacing(false);
            int indexes = d.tables().stream().mapToInt(t -> t.globalSecondaryIndexes().size()).sum();
            card.add(new Span(d == computed.single() ? "Single table" : "Multi table"));
            card.add(new Span(money(d.cost() == null ? 0 : d.cost().onDemandMonthly()) + " / month on demand"));
            card.add(new Span(money(d.cost() == null ? 0 : d.cost().provisionedMonthly()) + " / month provisioned"));
            card.add(new Span(d.tables().size() + " table(s), " + indexes + " GSI(s)"));
            row.add(card);
        }
        return row;
    }

    private static Grid<PatternPlan> plans(Design design) {
        Grid<PatternPlan> grid = new Grid<>();
        grid.setId("plans");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PatternPlan::id).setHeader("Pattern").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.operation() == null ? "" : p.operation()).setHeader("Operation").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.index() == null ? p.table() : p.table() + " / " + p.index()).setHeader("Table / index")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.keyCondition() == null ? "" : p.keyCondition().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().op() + " " + e.getValue().value())
                .collect(Collectors.joining(" AND "))).setHeader("Key condition").setFlexGrow(2);
        grid.addColumn(p -> units(p)).setHeader("Units").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.monthlyCost() == null ? "" : money(p.monthlyCost())).setHeader("Cost / month")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.verdict() == null ? "" : p.verdict()).setHeader("Verdict").setFlexGrow(3);
        grid.setItems(design.accessPatterns());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String units(PatternPlan p) {
        if (p.readUnits() != null && p.readUnits() > 0) {
            return String.format(Locale.ROOT, "%.1f RCU", p.readUnits());
        }
        return p.writeUnits() == null ? "" : String.format(Locale.ROOT, "%.1f WCU", p.writeUnits());
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
                + ", " + table.globalSecondaryIndexes().size() + " GSI(s)";
    }

    private static String keys(SecondaryIndex index) {
        return index.partitionKey().name() + (index.sortKey() == null ? "" : " / " + index.sortKey().name());
    }

    static String money(double dollars) {
        return String.format(Locale.ROOT, "$%,.2f", dollars);
    }
}
