package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.keysmith.design.Design;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.program.ProgramText;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row per access pattern: the operation, the table or index it uses, its key condition, cost and
 * verdict; a write's row opens to its program.
 */
final class PlansGrid {

    /** Up to this many plans the grid is as tall as its rows. */
    static final int ALL_ROWS_VISIBLE_UP_TO = 40;

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
        // a write's row opens on click to show its program: the exact requests, as the live check runs them
        grid.setItemDetailsRenderer(new ComponentRenderer<>(PlansGrid::program));
        grid.setItems(design.accessPatterns());
        // a grid as tall as all its rows draws only the first page of them (blank rows past 50 on large
        // models); past a screenful it scrolls, loading the rows it shows
        boolean fits = design.accessPatterns().size() <= ALL_ROWS_VISIBLE_UP_TO;
        grid.setAllRowsVisible(fits);
        if (!fits) {
            grid.setHeight("36rem");
        }
        return grid;
    }

    private static Component program(PatternPlan p) {
        if (p.program() == null) {
            return new Span();
        }
        Pre lines = new Pre(String.join("\n", ProgramText.lines(p.program())));
        lines.addClassName("program");
        lines.getElement().setAttribute("aria-label", "Requests of " + p.id());
        return lines;
    }

    private static String units(PatternPlan p) {
        if (p.readUnits() != null && p.readUnits() > 0) {
            return String.format(Locale.ROOT, "%.1f RCU", p.readUnits());
        }
        return p.writeUnits() == null ? "" : String.format(Locale.ROOT, "%.1f WCU", p.writeUnits());
    }
}
