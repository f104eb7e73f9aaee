package io.keysmith.local.ops;

import io.keysmith.local.store.IndexStore;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.Table;
import io.keysmith.local.value.ItemSize;
import io.keysmith.local.value.Value;
import java.util.Map;

/**
 * The write units of one item write on a table and each of its indexes: the larger of the old and new
 * item in 1 KB units; an index entry moved to another key costs a delete and a put; an item in neither
 * version of a sparse index, or whose projected attributes did not change, costs that index nothing.
 */
final class WriteCosts {

    private WriteCosts() {}

    static void add(Capacity capacity, Table table, PrimaryKey key, Map<String, Value> old, Map<String, Value> now, double factor) {
        long size = Math.max(old == null ? 0 : ItemSize.of(old), now == null ? 0 : ItemSize.of(now));
        capacity.addTable(Capacity.writeUnits(size) * factor);
        for (IndexStore index : table.indexes()) {
            IndexStore.Place was = old == null ? null : index.place(key, old);
            IndexStore.Place is = now == null ? null : index.place(key, now);
            long units;
            if (was == null && is == null) {
                continue;
            } else if (was == null) {
                units = Capacity.writeUnits(index.entrySize(now));
            } else if (is == null) {
                units = Capacity.writeUnits(index.entrySize(old));
            } else if (IndexStore.samePlace(was, is)) {
                Map<String, Value> before = index.project(old);
                Map<String, Value> after = index.project(now);
                if (before.equals(after)) {
                    continue;
                }
                units = Capacity.writeUnits(Math.max(ItemSize.of(before), ItemSize.of(after)));
            } else {
                units = Capacity.writeUnits(index.entrySize(old)) + Capacity.writeUnits(index.entrySize(now));
            }
            capacity.addIndex(index.schema().name(), index.schema().global(), units * factor);
        }
    }
}
