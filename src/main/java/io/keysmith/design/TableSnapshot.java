package io.keysmith.design;

import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The table as it stands at one point of the engine's work, for the Learn walkthrough: one row
 * per entity (and per lookup item) with where it is stored and its key templates so far, plus
 * the indexes that exist so far. Immutable: later rules do not change an earlier snapshot.
 */
public record TableSnapshot(List<Row> rows, List<String> indexes) {

    /** What a row stands for: the entity's own items, its copy in a host item, or a lookup item. */
    public enum Kind { ITEM, EMBEDDED, LOOKUP }

    /**
     * One entity's place in the table; {@code table} is null until the tables are decided,
     * {@code host} names the item it is embedded in, {@code attribute} the host's map attribute
     * (embedded) or the unique attribute (lookup).
     */
    public record Row(String entity, Kind kind, String table, String host, String attribute, List<Key> keys) {

        public Row {
            keys = List.copyOf(keys);
        }

        /** Identifies the row across snapshots: an entity has one item row and one row per lookup. */
        public String id() {
            return entity + "|" + (kind == Kind.LOOKUP ? "lookup " + attribute : "item");
        }

        /** The base table's keys, or null while the entity has none. */
        public Key base() {
            return keys.stream().filter(k -> k.index() == null).findFirst().orElse(null);
        }

        /** The keys the entity's items carry for secondary indexes. */
        public List<Key> indexKeys() {
            return keys.stream().filter(k -> k.index() != null).toList();
        }
    }

    /**
     * The key of a row in the base table ({@code index} null) or an index. The partition key is
     * null for an LSI (it is the table's), the sort key null for a key without one; names are
     * key attribute names (PK, GSI1SK, or a natural attribute name) and values their templates.
     * {@code sparseWhen} says which items carry the key, e.g. {@code status = OPEN}, else null.
     */
    public record Key(String index, String partitionName, String partition, String sortName, String sort,
            String sparseWhen) {
    }

    public TableSnapshot {
        rows = List.copyOf(rows);
        indexes = List.copyOf(indexes);
    }

    /** A copy of what the state holds now. */
    static TableSnapshot of(DesignState s) {
        // Natural key names depend on which entities share a table, so they wait for the tables.
        boolean tablesKnown = s.entities().stream().allMatch(e -> s.tableOf(e.name()) != null);
        boolean natural = tablesKnown && s.multiTable();
        List<Row> rows = new ArrayList<>();
        for (Entity e : s.entities()) {
            DesignState.Embedding embedding = s.embedding(e.name());
            if (embedding != null) {
                rows.add(new Row(e.name(), Kind.EMBEDDED, s.tableOf(e.name()), embedding.host(), embedding.attribute(),
                        List.of()));
                continue;
            }
            List<Key> keys = new ArrayList<>();
            for (ItemKeys.SlotKeys k : ItemKeys.of(s, e, natural)) {
                String when = k.when() == null ? null : k.when().attribute() + " = " + k.when().value();
                keys.add(new Key(k.layout().indexName(), k.partitionName(), k.partition(), k.sortName(), k.sort(), when));
            }
            rows.add(new Row(e.name(), Kind.ITEM, s.tableOf(e.name()), null, null, keys));
        }
        for (Entity e : s.entities()) {
            for (Lookup lookup : s.lookupsOf(e.name())) {
                rows.add(new Row(e.name(), Kind.LOOKUP, s.markerTableOf(e.name()), null, lookup.attribute(),
                        List.of(new Key(null, "PK", lookup.pk(), "SK", lookup.sk(), null))));
            }
        }
        List<String> indexes = s.indexSlots().stream().map(slot -> slot > 0 ? "GSI" + slot : "LSI" + (-slot)).toList();
        return new TableSnapshot(rows, indexes);
    }

    public Row row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** The ids of rows that are new or different compared with an earlier snapshot. */
    public Set<String> changedSince(TableSnapshot before) {
        Set<String> changed = new LinkedHashSet<>();
        // by id once, not a search per row: a walkthrough of thousands of entities compares thousands of rows per step
        Map<String, Row> earlier = new HashMap<>();
        if (before != null) {
            before.rows().forEach(r -> earlier.putIfAbsent(r.id(), r));
        }
        for (Row r : rows) {
            if (before == null || !Objects.equals(earlier.get(r.id()), r)) {
                changed.add(r.id());
            }
        }
        return changed;
    }
}
