package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import io.keysmith.design.TableSnapshot;
import io.keysmith.design.TableSnapshot.Key;
import io.keysmith.design.TableSnapshot.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The table as it stands after one walkthrough step: a row per entity and lookup item with its
 * table, keys and how it is stored; the rows the step changed are tinted and, in them, the cells
 * that differ from the step before are bold. All text is set as text, never as HTML.
 */
final class SnapshotTable {

    static final String CHANGED = "ks-changed";
    private static final String[] HEADERS = {"Entity", "Table", "Partition key", "Sort key", "Index keys", "Note"};

    private SnapshotTable() {
    }

    /**
     * {@code previous} is the table before the step, or null for the first step; {@code onlyChanged}
     * leaves out the rows the step did not change, which keeps a large model's table short.
     */
    static Component of(TableSnapshot snapshot, TableSnapshot previous, Set<String> changed, boolean onlyChanged) {
        return of(snapshot, previous, changed, onlyChanged, Integer.MAX_VALUE);
    }

    /** As {@link #of(TableSnapshot, TableSnapshot, Set, boolean)}, drawing at most {@code limit} rows. */
    static Component of(TableSnapshot snapshot, TableSnapshot previous, Set<String> changed, boolean onlyChanged,
            int limit) {
        NativeTable table = new NativeTable();
        table.setId("learn-table");
        table.addClassName("ks-snapshot");
        NativeTableRow header = table.getHead().addRow();
        for (String title : HEADERS) {
            header.add(new NativeTableHeaderCell(title));
        }
        // by id once, not a search per row: a large model's table has thousands
        Map<String, Row> earlier = new HashMap<>();
        if (previous != null) {
            previous.rows().forEach(r -> earlier.putIfAbsent(r.id(), r));
        }
        int drawn = 0;
        for (Row row : snapshot.rows()) {
            if (onlyChanged && !changed.contains(row.id())) {
                continue;
            }
            if (drawn++ >= limit) {
                break;
            }
            Row before = earlier.get(row.id());
            table.getBody().addRows(row(row, before, changed.contains(row.id())));
        }
        Div scroll = new Div(table);
        scroll.addClassName("ks-snapshot-scroll");
        return scroll;
    }

    private static NativeTableRow row(Row row, Row before, boolean changed) {
        NativeTableRow tr = new NativeTableRow();
        tr.getElement().setAttribute("data-entity", row.entity());
        tr.add(new NativeTableCell(TableItemsGrid.badge(row.entity())));
        if (changed) {
            tr.addClassName(CHANGED);
        }
        List<List<String>> cells = cells(row);
        List<List<String>> old = before == null ? null : cells(before);
        for (int i = 0; i < cells.size(); i++) {
            NativeTableCell cell = new NativeTableCell();
            cells.get(i).forEach(line -> cell.add(new Div(line)));
            if (i > 0 && i < 4) {
                cell.addClassName("ks-key");
            }
            if (i == 0 && row.table() == null) {
                cell.addClassName("ks-muted");
                cell.getElement().setAttribute("title", "The tables are decided in a later step");
            }
            if (changed && (old == null || !Objects.equals(old.get(i), cells.get(i)))) {
                cell.addClassName("ks-changed-cell");
            }
            tr.add(cell);
        }
        return tr;
    }

    /** The lines of the row's cells after the entity: table, partition key, sort key, index keys, note. */
    private static List<List<String>> cells(Row row) {
        Key base = row.base();
        List<String> indexLines = new ArrayList<>();
        for (Key k : row.indexKeys()) {
            String sparse = k.sparseWhen() == null ? "" : " (only items with " + k.sparseWhen() + ")";
            if (k.partition() != null) {
                indexLines.add(named(k.index(), k.partitionName()) + " = " + k.partition() + sparse);
            }
            if (k.sort() != null) {
                indexLines.add(named(k.index(), k.sortName()) + " = " + k.sort() + (k.partition() == null ? sparse : ""));
            }
        }
        return List.of(List.of(row.table() == null ? "not yet" : row.table()),
                base == null || base.partition() == null ? List.of() : List.of(base.partition()),
                base == null || base.sort() == null ? List.of() : List.of(base.sort()),
                indexLines, List.of(note(row)));
    }

    /** GSI1PK stays as it is; a natural name (multi-table style) gets its index in front: GSI1 country. */
    private static String named(String index, String keyName) {
        return keyName.startsWith(index) ? keyName : index + " " + keyName;
    }

    private static String note(Row row) {
        return switch (row.kind()) {
            case EMBEDDED -> "embedded in " + row.host() + " (map " + row.attribute() + "), no key of its own";
            case LOOKUP -> "lookup item for unique " + row.attribute();
            case ITEM -> itemNote(row);
        };
    }

    private static String itemNote(Row row) {
        String indexes = String.join(", ", row.indexKeys().stream().map(Key::index).toList());
        if (row.keys().isEmpty()) {
            return "no key yet";
        }
        if (row.base() == null) {
            return "in " + indexes + "; its base table key comes in a later step";
        }
        return indexes.isEmpty() ? "item" : "item, also in " + indexes;
    }
}
