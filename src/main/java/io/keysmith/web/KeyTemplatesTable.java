package io.keysmith.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.PresentWhen;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One table's heading, key schema and key templates, as an architect reads them: a row per entity
 * (and per lookup item) with its partition and sort key templates in the table and in each index,
 * sparse keys marked, and the access patterns of the entity as links to their plans. Kept across
 * designs while the table's rows stay the same, so an edit sends the browser only the marks of what
 * changed: rows an edit changed carry {@code ks-fresh} for a moment. All user text is set as text.
 */
final class KeyTemplatesTable extends Div {

    /** A column: its heading and the key attribute whose template it shows. */
    private record Column(String heading, String key, String index) {
    }

    private final Table table;
    private final int rows;
    private final Map<String, List<String>> patterns;
    private final Map<String, NativeTableRow> byId = new LinkedHashMap<>();

    /**
     * The first {@code rows} rows of the table; {@code patterns} lists the access pattern ids of each entity;
     * {@code showPlan} is called with an id when the user clicks one.
     */
    KeyTemplatesTable(Table table, int rows, DesignChanges changes, Map<String, List<String>> patterns,
            Consumer<String> showPlan) {
        this.table = table;
        this.rows = rows;
        this.patterns = linked(table, rows, patterns);
        addClassName("ks-table-keys");
        Span schema = new Span(keySchema(table));
        schema.addClassName("ks-muted");
        List<Column> columns = columns(table);
        NativeTable html = new NativeTable();
        html.addClassNames("ks-snapshot", "ks-key-templates");
        html.getElement().setAttribute("data-table", table.name());
        NativeTableRow groups = html.getHead().addRow();
        groups.add(new NativeTableHeaderCell(""));
        Map<String, Integer> spans = new LinkedHashMap<>();
        columns.forEach(c -> spans.merge(c.index() == null ? "Table" : c.index(), 1, Integer::sum));
        spans.forEach((group, span) -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(group);
            cell.getElement().setAttribute("colspan", String.valueOf(span));
            cell.addClassName("ks-key-group");
            groups.add(cell);
        });
        groups.add(new NativeTableHeaderCell(""));
        NativeTableRow header = html.getHead().addRow();
        header.add(new NativeTableHeaderCell("Entity"));
        columns.forEach(c -> header.add(new NativeTableHeaderCell(c.heading())));
        header.add(new NativeTableHeaderCell("Patterns"));
        for (ItemRow row : drawn(table, rows)) {
            NativeTableRow tr = new NativeTableRow();
            tr.getElement().setAttribute("data-entity", row.entity());
            tr.getElement().setAttribute("data-row", DesignChanges.rowId(table, row));
            byId.put(DesignChanges.rowId(table, row), tr);
            NativeTableCell entity = new NativeTableCell(TableItemsGrid.badge(row.entity()));
            entity.addClassName("ks-entity-cell");
            storedAs(row).ifPresent(entity::add);
            tr.add(entity);
            for (Column c : columns) {
                tr.add(keyCell(row, c));
            }
            tr.add(patternLinks(row.isLookup() ? List.of() : patterns.getOrDefault(row.entity(), List.of()), showPlan));
            html.getBody().addRows(tr);
        }
        mark(changes);
        Div scroll = new Div(html);
        scroll.addClassName("ks-snapshot-scroll");
        add(new H4("Table " + table.name()), schema, scroll);
    }

    /** Whether this shows {@code table}'s first {@code rows} rows with these pattern links as they are: then it is kept. */
    boolean shows(Table table, int rows, Map<String, List<String>> patterns) {
        return this.table.equals(table) && Math.min(this.rows, table.items().size()) == Math.min(rows, table.items().size())
                && this.patterns.equals(linked(table, rows, patterns));
    }

    /** Marks the rows the last edit changed, and only those. */
    void mark(DesignChanges changes) {
        for (ItemRow row : drawn(table, rows)) {
            byId.get(DesignChanges.rowId(table, row)).setClassName(DesignPanel.FRESH, changes.rowChanged(table, row));
        }
    }

    private static List<ItemRow> drawn(Table table, int rows) {
        return table.items().subList(0, Math.min(rows, table.items().size()));
    }

    /** The pattern links of the entities among the drawn rows. */
    private static Map<String, List<String>> linked(Table table, int rows, Map<String, List<String>> patterns) {
        Map<String, List<String>> linked = new HashMap<>();
        for (ItemRow row : drawn(table, rows)) {
            if (!row.isLookup() && patterns.containsKey(row.entity())) {
                linked.put(row.entity(), List.copyOf(patterns.get(row.entity())));
            }
        }
        return linked;
    }

    private static String keySchema(Table table) {
        return "Partition key " + table.partitionKey().name()
                + (table.sortKey() == null ? "" : ", sort key " + table.sortKey().name())
                + ", " + Plural.of(table.globalSecondaryIndexes().size(), "GSI");
    }

    /** Table keys first, then each index's keys that are not the table's own attribute. */
    private static List<Column> columns(Table table) {
        List<Column> columns = new ArrayList<>();
        add(columns, table.partitionKey(), null);
        add(columns, table.sortKey(), null);
        for (SecondaryIndex index : table.globalSecondaryIndexes()) {
            add(columns, index.partitionKey(), index.name());
            add(columns, index.sortKey(), index.name());
        }
        for (SecondaryIndex index : table.localSecondaryIndexes()) {
            add(columns, index.sortKey(), index.name());
        }
        return columns;
    }

    private static void add(List<Column> columns, KeyAttribute key, String index) {
        if (key != null) {
            columns.add(new Column(key.name(), key.name(), index));
        }
    }

    private static NativeTableCell keyCell(ItemRow row, Column column) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("ks-key");
        String template = row.keys().get(column.key());
        if (template == null) {
            return cell;
        }
        cell.add(new Div(template));
        PresentWhen when = row.presentWhen() == null ? null : row.presentWhen().get(column.key());
        if (when != null) {
            Span sparse = new Span("only when " + when.attribute() + " " + when.op() + " " + when.value());
            sparse.addClassNames("ks-muted", "ks-sparse");
            cell.add(sparse);
        }
        return cell;
    }

    /** Under the entity, how a row other than the entity's own items is stored; the whole reason on hover. */
    private static java.util.Optional<Span> storedAs(ItemRow row) {
        String text;
        if (row.embeddedIn() != null) {
            text = "embedded in " + row.embeddedIn() + (row.attribute() == null ? "" : " (map " + row.attribute() + ")");
        } else if (row.isLookup()) {
            // "uniqueness marker of email: holds what addresses the item; ..." reads "uniqueness marker of email"
            text = row.description() == null ? "lookup item" : row.description().split("[:;]", 2)[0];
        } else if (row.kind() != null && !row.kind().equals("item")) {
            text = row.kind();
        } else {
            return java.util.Optional.empty();
        }
        Span note = new Span(text);
        note.addClassNames("ks-muted", "ks-stored-as");
        if (row.description() != null) {
            note.getElement().setAttribute("title", row.description());
        }
        return java.util.Optional.of(note);
    }

    private static NativeTableCell patternLinks(List<String> ids, Consumer<String> showPlan) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("ks-pattern-links");
        for (String id : ids) {
            Span link = new Span(id);
            link.addClassName("ks-link");
            link.getElement().setAttribute("role", "link").setAttribute("tabindex", "0")
                    .setAttribute("title", "Show the plan of " + id);
            link.getElement().addEventListener("click", e -> showPlan.accept(id));
            link.getElement().addEventListener("keydown", e -> showPlan.accept(id)).setFilter("event.key === 'Enter'");
            cell.add(link);
        }
        return cell;
    }
}
