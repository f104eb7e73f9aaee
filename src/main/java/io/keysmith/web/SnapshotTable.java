package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import io.keysmith.design.TableSnapshot;
import io.keysmith.design.TableSnapshot.Key;
import io.keysmith.design.TableSnapshot.Row;
import java.util.Set;

/**
 * The table as it stands after one walkthrough step: a row per entity and lookup item with its
 * table, keys and how it is stored, the rows the step changed tinted. All text is set as text.
 */
final class SnapshotTable {

    static final String CHANGED = "ks-changed";

    private SnapshotTable() {
    }

    static Component of(TableSnapshot snapshot, Set<String> changed) {
        NativeTable table = new NativeTable();
        table.setId("learn-table");
        table.addClassName("ks-snapshot");
        NativeTableRow header = table.getHead().addRow();
        for (String title : new String[] {"Entity", "Table", "Partition key", "Sort key", "Index keys", "Note"}) {
            header.add(new NativeTableHeaderCell(title));
        }
        NativeTableBody body = table.getBody();
        for (Row row : snapshot.rows()) {
            body.addRows(row(row, changed.contains(row.id())));
        }
        Div scroll = new Div(table);
        scroll.addClassName("ks-snapshot-scroll");
        return scroll;
    }

    private static NativeTableRow row(Row row, boolean changed) {
        Key base = row.base();
        NativeTableRow tr = new NativeTableRow();
        tr.getElement().setAttribute("data-entity", row.entity());
        if (changed) {
            tr.addClassName(CHANGED);
        }
        tr.add(new NativeTableCell(TableItemsGrid.badge(row.entity())),
                text(row.table() == null ? "not chosen yet" : row.table(), row.table() == null),
                key(base == null ? null : base.partition()),
                key(base == null ? null : base.sort()),
                indexKeys(row),
                text(note(row), false));
        return tr;
    }

    private static NativeTableCell indexKeys(Row row) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("ks-key");
        for (Key k : row.indexKeys()) {
            String sparse = k.sparseWhen() == null ? "" : " (only items with " + k.sparseWhen() + ")";
            if (k.partition() != null) {
                cell.add(new Div(named(k.index(), k.partitionName()) + " = " + k.partition() + sparse));
            }
            if (k.sort() != null) {
                cell.add(new Div(named(k.index(), k.sortName()) + " = " + k.sort() + (k.partition() == null ? sparse : "")));
            }
        }
        return cell;
    }

    /** GSI1PK stays as it is; a natural name (multi-table style) gets its index in front: GSI1 country. */
    private static String named(String index, String keyName) {
        return keyName.startsWith(index) ? keyName : index + " " + keyName;
    }

    private static String note(Row row) {
        return switch (row.kind()) {
            case EMBEDDED -> "embedded in " + row.host() + " (map " + row.attribute() + "), no key of its own";
            case LOOKUP -> "lookup item for unique " + row.attribute();
            case ITEM -> row.keys().isEmpty() ? "no key yet" : row.keys().size() > 1 ? "item, also in its indexes" : "item";
        };
    }

    private static NativeTableCell key(String template) {
        NativeTableCell cell = new NativeTableCell(template == null ? "" : template);
        cell.addClassName("ks-key");
        return cell;
    }

    private static NativeTableCell text(String text, boolean muted) {
        NativeTableCell cell = new NativeTableCell(new Span(text));
        if (muted) {
            cell.addClassName("ks-muted");
        }
        return cell;
    }
}
