package io.keysmith.web;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an edit changed in the design: the access patterns whose plan differs and the key-template
 * rows that are new or different, so the design view can highlight them for a moment. Nothing is
 * marked for the first design or after a change of style, where everything would be.
 */
record DesignChanges(Set<String> plans, Set<String> rows) {

    static final DesignChanges NONE = new DesignChanges(Set.of(), Set.of());

    static DesignChanges between(Design before, Design after) {
        if (before == null || after == null || !Objects.equals(before.style(), after.style())) {
            return NONE;
        }
        Map<String, PatternPlan> oldPlans = new HashMap<>();
        before.accessPatterns().forEach(p -> oldPlans.put(p.id(), p));
        Set<String> plans = new LinkedHashSet<>();
        for (PatternPlan plan : after.accessPatterns()) {
            if (!plan.equals(oldPlans.get(plan.id()))) {
                plans.add(plan.id());
            }
        }
        Map<String, ItemRow> oldRows = new HashMap<>();
        before.tables().forEach(t -> t.items().forEach(r -> oldRows.put(rowId(t, r), r)));
        Set<String> rows = new LinkedHashSet<>();
        for (Table table : after.tables()) {
            for (ItemRow row : table.items()) {
                String id = rowId(table, row);
                if (!row.equals(oldRows.get(id))) {
                    rows.add(id);
                }
            }
        }
        return new DesignChanges(plans, rows);
    }

    /** Identifies a key-template row across designs: the table, the entity, and which of its rows. */
    static String rowId(Table table, ItemRow row) {
        return table.name() + "|" + row.entity() + "|" + (row.kind() == null ? "item" : row.kind())
                + (row.attribute() == null ? "" : "|" + row.attribute())
                + (row.isLookup() ? "|" + row.keys().values().stream().findFirst().orElse("") : "");
    }

    boolean planChanged(String id) {
        return plans.contains(id);
    }

    boolean rowChanged(Table table, ItemRow row) {
        return rows.contains(rowId(table, row));
    }

    boolean isEmpty() {
        return plans.isEmpty() && rows.isEmpty();
    }
}
