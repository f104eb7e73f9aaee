package io.keysmith.web;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import java.util.Locale;
import java.util.stream.Collectors;

/** One row per access pattern: the operation, the table or index it uses, its key condition, cost and verdict. */
final class PlansGrid {

    private PlansGrid() {
    }

    static Grid<PatternPlan> of(Design design) {
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
        grid.addColumn(PlansGrid::units).setHeader("Units").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.monthlyCost() == null ? "" : CostCards.money(p.monthlyCost())).setHeader("Cost / month")
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
}
