package io.keysmith.web;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.keysmith.live.PatternResult;
import io.keysmith.live.VerifyReport;
import java.util.List;
import java.util.Locale;

/** One row per access pattern run against the live table: verdict, items, capacity, latency and why it failed. */
final class LiveResults extends VerticalLayout {

    private final Grid<PatternResult> grid = new Grid<>();
    private final Span summary = new Span();
    /** How the writes were proven: the write sequence's seed, steps, reads and refusals. */
    private final Span notes = new Span();

    LiveResults() {
        setPadding(false);
        summary.setId("live-summary");
        summary.addClassName("ks-badge");
        HorizontalLayout header = new HorizontalLayout(new H3("Access patterns on the live table"), summary);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        notes.setId("live-sequence");
        grid.setId("live-results");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PatternResult::id).setHeader("Pattern").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PatternResult::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(PatternResult::type).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(LiveResults::verdict).setHeader("Result").setAutoWidth(true).setFlexGrow(0);
        // a read's items returned; a write's steps in the write sequence
        grid.addColumn(PatternResult::items).setHeader("Items / steps").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> String.format(Locale.ROOT, "%.1f", r.capacity())).setHeader("Capacity units").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> String.format(Locale.ROOT, "%.1f ms", r.millis())).setHeader("Latency").setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader("Reason").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        add(header, notes, grid);
        setVisible(false);
    }

    void show(VerifyReport report) {
        grid.setItems(report.results());
        summary.setText(report.summary());
        notes.setText(String.join("; ", report.notes()));
        summary.setClassName("ks-badge-ok", report.failed() == 0);
        summary.setClassName("ks-badge-error", report.failed() > 0);
        setVisible(true);
    }

    void clear() {
        grid.setItems(List.of());
        summary.setText("");
        notes.setText("");
        setVisible(false);
    }

    private static Span verdict(PatternResult r) {
        Span badge = new Span(switch (r.verdict()) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case NOT_COVERED -> "not covered";
        });
        badge.addClassNames("ks-badge", r.passed() ? "ks-badge-ok" : r.failed() ? "ks-badge-error" : "ks-badge-warn");
        return badge;
    }
}
