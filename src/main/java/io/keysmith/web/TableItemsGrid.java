package io.keysmith.web;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Sample items of a table (or of one of its indexes) as NoSQL Workbench's aggregate view shows
 * them: sorted by partition, partitions shaded in turn, each item's entity as a coloured badge,
 * and one column per attribute (empty where an item has none). Updated in place while the
 * columns stay the same, so the view does not jump while the user types.
 */
final class TableItemsGrid extends Grid<TableItemsGrid.Row> {

    private static final int MAX_ROWS = 60;

    /** Past this many attribute columns, the rest share one column: a large model's table stays usable. */
    private static final int MAX_COLUMNS = 30;

    private static final String OTHER = "Other attributes";

    /** The places a key may wrap: after each separator of its parts. */
    private static final Pattern KEY_PARTS = Pattern.compile("(?<=[#|:/])");

    /** One item in the view, with the partition number used for shading. */
    record Row(String pk, String sk, String entity, Map<String, String> values, int partition) {
    }

    private final List<String> columns;
    private List<Row> shown = List.of();

    private TableItemsGrid(KeyAttribute pk, KeyAttribute sk, List<String> columns, Set<String> indexKeys) {
        this.columns = columns;
        addClassName("ks-items");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        // the keys stay on the left while the attribute columns scroll past them
        addColumn(key(Row::pk)).setHeader(pk.name()).setAutoWidth(true).setFlexGrow(0).setFrozen(true)
                .setPartNameGenerator(r -> "ks-key-cell");
        if (sk != null) {
            addColumn(key(Row::sk)).setHeader(sk.name()).setAutoWidth(true).setFlexGrow(0).setFrozen(true)
                    .setPartNameGenerator(r -> "ks-key-cell");
        }
        addColumn(LitRenderer.<Row>of("<span class=\"ks-badge ${item.badge}\">${item.entity}</span>")
                .withProperty("entity", Row::entity)
                .withProperty("badge", r -> "ks-entity-" + Math.floorMod(Objects.hashCode(r.entity()), 8)))
                .setHeader("Entity").setAutoWidth(true).setFlexGrow(0);
        for (String name : columns) {
            if (indexKeys.contains(name)) {
                // another index's key (GSI1PK in the table's view): as readable as the keys, though it scrolls
                addColumn(key(r -> r.values().getOrDefault(name, ""))).setHeader(name).setAutoWidth(true).setFlexGrow(0)
                        .setPartNameGenerator(r -> "ks-index-key-cell");
                continue;
            }
            // the value of an attribute rarely needs more than a short column: hovering shows all of it
            addColumn(r -> r.values().getOrDefault(name, "")).setHeader(name).setAutoWidth(true).setFlexGrow(1)
                    .setTooltipGenerator(r -> r.values().getOrDefault(name, ""));
        }
        setPartNameGenerator(row -> row.partition() % 2 == 0 ? "ks-partition-even" : "ks-partition-odd");
        setPageSize(MAX_ROWS); // one page holds every row, so a grid as tall as its rows draws them all
        setAllRowsVisible(true);
    }

    /**
     * A key value in full, in a column of limited width (design-view.css): a long key such as
     * {@code COUNTRY#US#STATE#NE#CITY#OMAHA} wraps after its separators rather than widening the column,
     * and one too long for three lines ends in an ellipsis, its whole text in the cell's title.
     */
    private static LitRenderer<Row> key(Function<Row, String> value) {
        return LitRenderer.<Row>of("<span class=\"ks-key-value\" title=${item.key}>"
                        + "${item.parts.map(part => html`${part}<wbr>`)}</span>")
                .withProperty("key", value::apply)
                .withProperty("parts", r -> KEY_PARTS.splitAsStream(value.apply(r)).toList());
    }

    /** The items of {@code table} as its base table ({@code index} null) or the index shows them. */
    static TableItemsGrid of(Table table, List<RenderedItem> items, SecondaryIndex index) {
        KeyAttribute pk = partitionKey(table, index);
        KeyAttribute sk = index == null ? table.sortKey() : index.sortKey();
        List<Row> rows = rows(table, items, index);
        TableItemsGrid grid = new TableItemsGrid(pk, sk, columns(rows), keyNames(table));
        grid.shown = rows;
        grid.setItems(rows);
        return grid;
    }

    /** Shows the items again if they have the same columns; false when the grid must be made anew. */
    boolean update(Table table, List<RenderedItem> items, SecondaryIndex index) {
        List<Row> rows = rows(table, items, index);
        if (!columns(rows).equals(columns)) {
            return false;
        }
        if (!rows.equals(shown)) { // most edits leave the sample items as they were: nothing to send
            shown = rows;
            setItems(rows);
        }
        return true;
    }

    /** The names of every key attribute of the table and its indexes: their values are shown in full. */
    private static Set<String> keyNames(Table table) {
        Set<String> names = new LinkedHashSet<>();
        names.add(table.partitionKey().name());
        if (table.sortKey() != null) {
            names.add(table.sortKey().name());
        }
        List<SecondaryIndex> indexes = new ArrayList<>(table.globalSecondaryIndexes());
        indexes.addAll(table.localSecondaryIndexes());
        for (SecondaryIndex index : indexes) {
            if (index.partitionKey() != null) {
                names.add(index.partitionKey().name());
            }
            if (index.sortKey() != null) {
                names.add(index.sortKey().name());
            }
        }
        return names;
    }

    private static KeyAttribute partitionKey(Table table, SecondaryIndex index) {
        // an LSI has the table's partition key
        return index == null || index.partitionKey() == null ? table.partitionKey() : index.partitionKey();
    }

    private static List<Row> rows(Table table, List<RenderedItem> items, SecondaryIndex index) {
        KeyAttribute pk = partitionKey(table, index);
        KeyAttribute sk = index == null ? table.sortKey() : index.sortKey();
        List<RenderedItem> inTable = items.stream()
                .filter(i -> i.table().equals(table.name()) && i.attributes().containsKey(pk.name())
                        && (index == null || sk == null || i.attributes().containsKey(sk.name())))
                .sorted(Comparator.comparing((RenderedItem i) -> full(i.attributes().get(pk.name())))
                        .thenComparing(i -> sk == null ? "" : full(i.attributes().get(sk.name()))))
                .limit(MAX_ROWS).toList();
        Set<String> keys = keyNames(table);
        List<Row> rows = new ArrayList<>();
        String previous = null;
        int partition = 0;
        for (RenderedItem item : inTable) {
            String p = full(item.attributes().get(pk.name())); // keys in full: the column wraps them
            if (previous != null && !previous.equals(p)) {
                partition++;
            }
            previous = p;
            Map<String, String> values = new LinkedHashMap<>();
            item.attributes().forEach((name, value) -> values.put(name, keys.contains(name) ? full(value) : text(value)));
            values.remove(pk.name());
            if (sk != null) {
                values.remove(sk.name());
            }
            rows.add(new Row(p, sk == null ? "" : full(item.attributes().get(sk.name())), item.row().entity(),
                    values, partition));
        }
        return overflow(rows);
    }

    /** The attribute columns in the order items first show them, the rest in {@link #OTHER}. */
    private static List<String> columns(List<Row> rows) {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> names.addAll(r.values().keySet()));
        return List.copyOf(names);
    }

    /** Rows whose attributes past the first {@link #MAX_COLUMNS} names are joined into one value. */
    private static List<Row> overflow(List<Row> rows) {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(r -> names.addAll(r.values().keySet()));
        if (names.size() <= MAX_COLUMNS) {
            return rows;
        }
        Set<String> kept = new LinkedHashSet<>(new ArrayList<>(names).subList(0, MAX_COLUMNS));
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> rest = new ArrayList<>();
            r.values().forEach((name, value) -> {
                if (kept.contains(name)) {
                    values.put(name, value);
                } else {
                    rest.add(name + "=" + value);
                }
            });
            if (!rest.isEmpty()) {
                values.put(OTHER, String.join(", ", rest));
            }
            out.add(new Row(r.pk(), r.sk(), r.entity(), values, r.partition()));
        }
        return out;
    }

    static Span badge(String entity) {
        Span badge = new Span(entity);
        badge.addClassNames("ks-badge", "ks-entity-" + Math.floorMod(Objects.hashCode(entity), 8));
        return badge;
    }

    private static String full(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String text(Object value) {
        String text = value == null ? "" : value.toString();
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }
}
