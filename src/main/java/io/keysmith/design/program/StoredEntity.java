package io.keysmith.design.program;

import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PresentWhen;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the finished design stores one entity: its table, its item row (base and index keys), the
 * uniqueness markers of its unique attributes, the maps of children embedded in it, or the host
 * row when it is itself embedded. Programs are derived from these rows alone, whichever rule
 * made them.
 */
record StoredEntity(Entity entity, Table table, ItemRow item, List<Marker> markers, List<ItemRow> hostedMaps,
        ItemRow embedded) {

    /**
     * A marker row: keyed by the values of {@code keyedBy} (a unique attribute, or the identifier),
     * holding what addresses the item.
     */
    record Marker(List<String> keyedBy, ItemRow row, boolean identifier, Table table) {

        String describe() {
            return identifier ? "identifier" : String.join(", ", keyedBy);
        }

        /** The marker's key in its own table (the entity's table, or the markers' table of a multi-table design). */
        Map<String, String> key() {
            Map<String, String> key = new LinkedHashMap<>();
            key.put(table.partitionKey().name(), row.keys().get(table.partitionKey().name()));
            if (table.sortKey() != null) {
                key.put(table.sortKey().name(), row.keys().get(table.sortKey().name()));
            }
            return key;
        }

        String partitionKey() {
            return table.partitionKey().name();
        }
    }

    /**
     * The design's rows indexed once: each entity's rows by table, and the rows embedded in each
     * host, both in table then row order. Scanning every row (or every table) for every pattern
     * made large models quadratic.
     */
    static final class Rows {
        private final List<Table> tables;
        private final Map<String, Map<Integer, List<ItemRow>>> byEntity = new HashMap<>();
        private final Map<String, List<ItemRow>> hostedBy = new HashMap<>();

        Rows(List<Table> tables) {
            this.tables = tables;
            for (int i = 0; i < tables.size(); i++) {
                for (ItemRow row : tables.get(i).items()) {
                    byEntity.computeIfAbsent(row.entity(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(i, k -> new ArrayList<>()).add(row);
                    if (row.embeddedIn() != null && row.attribute() != null) {
                        hostedBy.computeIfAbsent(row.embeddedIn(), k -> new ArrayList<>()).add(row);
                    }
                }
            }
        }
    }

    static Optional<StoredEntity> of(Entity entity, Rows rows) {
        // The entity's rows per table index, tables in design order.
        Map<Integer, List<ItemRow>> own = rows.byEntity.getOrDefault(entity.name(), Map.of());
        // Markers may live in a table of their own (multi-table style): gather them from every table.
        List<Marker> markers = new ArrayList<>();
        for (Map.Entry<Integer, List<ItemRow>> inTable : own.entrySet()) {
            for (ItemRow row : inTable.getValue()) {
                if (row.embeddedIn() == null && row.isLookup()) {
                    List<String> keyedBy = keyedBy(row);
                    boolean identifier = keyedBy.equals(entity.identifierNames());
                    if (identifier || keyedBy.stream().anyMatch(a -> entity.attribute(a).map(x -> x.mustBeUnique()).orElse(false))) {
                        markers.add(new Marker(keyedBy, row, identifier, rows.tables.get(inTable.getKey())));
                    }
                }
            }
        }
        for (Map.Entry<Integer, List<ItemRow>> inTable : own.entrySet()) {
            ItemRow item = null;
            ItemRow embedded = null;
            for (ItemRow row : inTable.getValue()) {
                if (row.embeddedIn() != null) {
                    embedded = row;
                } else if (!row.isLookup() && item == null) {
                    item = row;
                }
            }
            if (item != null || embedded != null) {
                List<ItemRow> hosted = new ArrayList<>(rows.hostedBy.getOrDefault(entity.name(), List.of()));
                return Optional.of(new StoredEntity(entity, rows.tables.get(inTable.getKey()), item, markers, hosted, embedded));
            }
        }
        return Optional.empty();
    }

    private static List<String> keyedBy(ItemRow row) {
        return row.attributesOf(row.keys().keySet());
    }

    /** The marker keyed by the identifier, if the design has one. */
    Optional<Marker> identifierMarker() {
        return markers.stream().filter(Marker::identifier).findFirst();
    }

    String partitionKey() {
        return table.partitionKey().name();
    }

    /** The base table's key attribute names, partition key first. */
    List<String> baseKeyNames() {
        List<String> names = new ArrayList<>();
        names.add(table.partitionKey().name());
        if (table.sortKey() != null) {
            names.add(table.sortKey().name());
        }
        return names;
    }

    /** The item's base key templates. */
    Map<String, String> baseKey(ItemRow row) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String name : baseKeyNames()) {
            key.put(name, row.keys().getOrDefault(name, "{" + name + "}"));
        }
        return key;
    }

    /** The base key as the stored item holds it (the raw key attributes), for items found by a read. */
    Map<String, String> rawBaseKey() {
        Map<String, String> key = new LinkedHashMap<>();
        baseKeyNames().forEach(n -> key.put(n, "{" + n + "}"));
        return key;
    }

    /** The entity attributes the base key templates name. */
    Set<String> baseKeyAttributes() {
        return new LinkedHashSet<>(item.attributesOf(baseKeyNames()));
    }

    /** The item's key attributes that are not the base table's: index keys, maybe sparse. */
    Map<String, String> derivedKeys() {
        Map<String, String> out = new LinkedHashMap<>(item.keys());
        baseKeyNames().forEach(out::remove);
        return out;
    }

    PresentWhen when(String keyName) {
        return item.presentWhen() == null ? null : item.presentWhen().get(keyName);
    }

    /** The attributes a derived key is computed from: its template's and its presence condition's. */
    Set<String> sources(String keyName) {
        Set<String> out = new LinkedHashSet<>(KeyTemplate.of(item.keys().get(keyName)).attributes());
        PresentWhen w = when(keyName);
        if (w != null) {
            out.add(w.attribute());
        }
        return out;
    }

    /** The index whose partition key is {@code keyName}, with its sort key name, or empty. */
    Optional<SecondaryIndex> indexWithPartitionKey(String keyName) {
        for (SecondaryIndex i : table.globalSecondaryIndexes()) {
            if (i.partitionKey() != null && i.partitionKey().name().equals(keyName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    List<SecondaryIndex> localIndexes() {
        return table.localSecondaryIndexes();
    }

    static String name(KeyAttribute key) {
        return key == null ? null : key.name();
    }
}
