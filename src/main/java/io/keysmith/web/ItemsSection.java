package io.keysmith.web;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample items of every table, one tab for the table and one per index (what a Query on that
 * index sees: only the items that carry its keys, in its key order). Redrawn only when the tables,
 * indexes or attribute columns changed; otherwise the grids get their new rows in place.
 */
final class ItemsSection extends Div {

    /** Tables drawn at first and added per "Show more". */
    static final int TABLES = 10;
    private static final int TABLES_MORE = 20;

    private final Map<String, TableItemsGrid> grids = new LinkedHashMap<>();
    private final ShowMore drawn = new ShowMore(TABLES, TABLES_MORE);
    private List<Table> shownTables = List.of();
    private List<RenderedItem> shownItems = List.of();
    /** How many tables the design had when the section was last drawn (the "Show more" button counts them). */
    private int drawnOf = -1;

    ItemsSection() {
        setId("design-items");
        setWidthFull();
    }

    void show(List<Table> all, List<RenderedItem> items) {
        shownTables = all;
        shownItems = items;
        // a multi-table design of thousands of entities has thousands of tables: the first ones, more on request
        List<Table> tables = all.subList(0, Math.min(all.size(), drawn.shown()));
        List<String> views = new ArrayList<>();
        tables.forEach(t -> indexes(t).forEach(i -> views.add(view(t, i))));
        if (views.equals(new ArrayList<>(grids.keySet())) && all.size() == drawnOf) {
            boolean same = true;
            for (Table table : tables) {
                for (SecondaryIndex index : indexes(table)) {
                    same &= grids.get(view(table, index)).update(table, items, index);
                }
            }
            if (same) {
                return;
            }
        }
        removeAll();
        grids.clear();
        drawnOf = all.size();
        for (Table table : tables) {
            TabSheet sheet = new TabSheet();
            sheet.addThemeVariants(TabSheetVariant.LUMO_TABS_SMALL);
            sheet.addClassName("ks-index-views");
            sheet.getElement().setAttribute("data-table", table.name());
            sheet.setWidthFull();
            for (SecondaryIndex index : indexes(table)) {
                TableItemsGrid grid = TableItemsGrid.of(table, items, index);
                grids.put(view(table, index), grid);
                sheet.add(index == null ? "Table" : index.name() + " (" + keys(index) + ")", grid);
            }
            add(new H4("Table " + table.name()), sheet);
        }
        if (all.size() > tables.size()) {
            add(drawn.button("design-items-more", "tables", all.size(), () -> show(shownTables, shownItems)));
        }
    }

    /** The table itself (null) and then each of its indexes. */
    private static List<SecondaryIndex> indexes(Table table) {
        List<SecondaryIndex> all = new ArrayList<>();
        all.add(null);
        all.addAll(table.globalSecondaryIndexes());
        all.addAll(table.localSecondaryIndexes());
        return all;
    }

    private static String view(Table table, SecondaryIndex index) {
        return table.name() + "|" + (index == null ? "" : index.name() + "|" + keys(index));
    }

    static String keys(SecondaryIndex index) {
        return (index.partitionKey() == null ? "table's partition key" : index.partitionKey().name())
                + (index.sortKey() == null ? "" : " / " + index.sortKey().name());
    }
}
