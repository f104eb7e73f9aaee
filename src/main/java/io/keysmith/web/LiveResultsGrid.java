package io.keysmith.web;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.keysmith.live.PatternResult;
import java.util.List;
import java.util.Locale;

/** One row per access pattern run against the live table: verdict, items, capacity, latency and why it failed. */
final class LiveResultsGrid extends Grid<PatternResult> {

    LiveResultsGrid() {
        setId("live-results");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(PatternResult::id).setHeader("Pattern").setAutoWidth(true).setFlexGrow(0);
        addColumn(PatternResult::name).setHeader("Name").setFlexGrow(2);
        addColumn(PatternResult::type).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(LiveResultsGrid::verdict).setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.items()).setHeader("Items").setAutoWidth(true).setFlexGrow(0).setTextAlign(
                com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(r -> String.format(Locale.ROOT, "%.1f", r.capacity())).setHeader("Capacity units").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(r -> String.format(Locale.ROOT, "%.1f ms", r.millis())).setHeader("Latency").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader("Reason").setFlexGrow(3);
        setAllRowsVisible(true);
        setVisible(false);
    }

    void show(List<PatternResult> results) {
        setItems(results);
        setVisible(true);
    }

    void clear() {
        setItems(List.of());
        setVisible(false);
    }

    private static Span verdict(PatternResult r) {
        Span badge = new Span(r.passed() ? "PASS" : "FAIL");
        badge.addClassNames("ks-badge", r.passed() ? "ks-badge-ok" : "ks-badge-error");
        return badge;
    }
}
