package io.keysmith.web;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Sample items of a table (or of one of its indexes) as NoSQL Workbench's aggregate view shows
 * them: sorted by partition, partitions shaded in turn, each item's entity as a coloured badge.
 */
final class TableItemsGrid {

    private static final int MAX_ROWS = 60;

    /** One item in the view, with the partition number used for shading. */
    record Row(String pk, String sk, String entity, String rest, int partition) {
    }

    private TableItemsGrid() {
    }

    static Grid<Row> of(Table table, List<RenderedItem> items, SecondaryIndex index) {
        KeyAttribute pk = index == null ? table.partitionKey() : index.partitionKey();
        KeyAttribute sk = index == null ? table.sortKey() : index.sortKey();
        List<RenderedItem> inTable = items.stream()
                .filter(i -> i.table().equals(table.name()) && i.attributes().containsKey(pk.name()))
                .sorted(Comparator.comparing((RenderedItem i) -> text(i.attributes().get(pk.name())))
                        .thenComparing(i -> sk == null ? "" : text(i.attributes().get(sk.name()))))
                .limit(MAX_ROWS).toList();
        List<Row> rows = new ArrayList<>();
        String previous = null;
        int partition = 0;
        for (RenderedItem item : inTable) {
            String p = text(item.attributes().get(pk.name()));
            if (previous != null && !previous.equals(p)) {
                partition++;
            }
            previous = p;
            Map<String, Object> rest = new LinkedHashMap<>(item.attributes());
            rest.remove(pk.name());
            if (sk != null) {
                rest.remove(sk.name());
            }
            rows.add(new Row(p, sk == null ? "" : text(item.attributes().get(sk.name())), item.row().entity(),
                    rest.entrySet().stream().map(e -> e.getKey() + "=" + text(e.getValue())).collect(Collectors.joining(", ")),
                    partition));
        }
        Grid<Row> grid = new Grid<>();
        grid.addClassName("ks-items");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(Row::pk).setHeader(pk.name()).setAutoWidth(true).setFlexGrow(0);
        if (sk != null) {
            grid.addColumn(Row::sk).setHeader(sk.name()).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(row -> badge(row.entity())).setHeader("Entity").setAutoWidth(true).setFlexGrow(0);
        // the attributes of an item rarely fit one line: hovering shows them all
        grid.addColumn(Row::rest).setHeader("Attributes").setFlexGrow(1).setTooltipGenerator(Row::rest);
        grid.setPartNameGenerator(row -> row.partition() % 2 == 0 ? "ks-partition-even" : "ks-partition-odd");
        grid.setItems(rows);
        grid.setPageSize(MAX_ROWS); // one page holds every row, so a grid as tall as its rows draws them all
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Span badge(String entity) {
        Span badge = new Span(entity);
        badge.addClassNames("ks-badge", "ks-entity-" + Math.floorMod(Objects.hashCode(entity), 8));
        return badge;
    }

    private static String text(Object value) {
        String text = value == null ? "" : value.toString();
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }
}
