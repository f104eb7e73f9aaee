package io.keysmith.local.store;

import io.keysmith.local.table.IndexSchema;
import io.keysmith.local.table.ScalarType;
import io.keysmith.local.table.TableSchema;
import io.keysmith.local.value.ItemSize;
import io.keysmith.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One secondary index's entries: partitions by index hash value (a list for a multi-attribute key), each
 * ordered by index sort value then table key. Entries share the table's encoded items; an item lacking any
 * index key attribute (or holding one of the wrong type) is not in the index.
 */
public final class IndexStore {

    private final IndexSchema schema;
    private final TableSchema table;
    private final Set<String> projected;
    private final ConcurrentSkipListMap<PartKey, ConcurrentSkipListMap<IndexKey, byte[]>> partitions;
    private final LongAdder items;
    private final LongAdder bytes;

    IndexStore(IndexSchema schema, TableSchema table) {
        this(schema, table, new ConcurrentSkipListMap<>(PartKey.ORDER), new LongAdder(), new LongAdder());
    }

    private IndexStore(IndexSchema schema, TableSchema table,
            ConcurrentSkipListMap<PartKey, ConcurrentSkipListMap<IndexKey, byte[]>> partitions, LongAdder items, LongAdder bytes) {
        this.schema = schema;
        this.table = table;
        this.projected = schema.projectedNames(table.key());
        this.partitions = partitions;
        this.items = items;
        this.bytes = bytes;
    }

    IndexStore withSchema(IndexSchema newSchema) {
        return new IndexStore(newSchema, table, partitions, items, bytes);
    }

    public IndexSchema schema() {
        return schema;
    }

    public long itemCount() {
        return items.sum();
    }

    public long sizeBytes() {
        return bytes.sum();
    }

    public ConcurrentSkipListMap<PartKey, ConcurrentSkipListMap<IndexKey, byte[]>> partitions() {
        return partitions;
    }

    /** Where an item sits in this index. */
    public record Place(PartKey part, IndexKey key) {}

    /** The place of an item in this index, or null when the item is not in it. */
    public Place place(PrimaryKey primaryKey, Map<String, Value> item) {
        Value hash = values(schema.key().hash(), item);
        if (hash == null) {
            return null;
        }
        Value sort = null;
        if (schema.key().hasRange()) {
            sort = values(schema.key().range(), item);
            if (sort == null) {
                return null;
            }
        }
        return new Place(PartKey.of(hash), IndexKey.entry(sort, primaryKey.hash(), primaryKey.range()));
    }

    private Value values(List<String> names, Map<String, Value> item) {
        if (names.size() == 1) {
            return typed(names.get(0), item);
        }
        List<Value> values = new ArrayList<>(names.size());
        for (String name : names) {
            Value v = typed(name, item);
            if (v == null) {
                return null;
            }
            values.add(v);
        }
        return new Value.L(values);
    }

    private Value typed(String name, Map<String, Value> item) {
        Value v = item.get(name);
        ScalarType type = table.attributes().get(name);
        return v != null && type != null && type.matches(v) ? v : null;
    }

    /** Whether this index holds whole items (projection ALL), so that {@link #project} changes nothing. */
    public boolean projectsAll() {
        return projected == null;
    }

    /** The part of an item this index holds: everything for ALL, else keys and included attributes. */
    public Map<String, Value> project(Map<String, Value> item) {
        if (projected == null) {
            return item;
        }
        Map<String, Value> out = new LinkedHashMap<>();
        item.forEach((k, v) -> {
            if (projected.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The size of an item's entry in this index. */
    public long entrySize(Map<String, Value> item) {
        return ItemSize.of(project(item));
    }

    /** Updates this index for one item write; the sizes are the whole items' (an ALL index entry's size). */
    void write(PrimaryKey key, Map<String, Value> oldItem, Map<String, Value> newItem, byte[] newBytes, long oldSize, long newSize) {
        Place was = oldItem == null ? null : place(key, oldItem);
        Place now = newItem == null ? null : place(key, newItem);
        if (was != null) {
            bytes.add(-(projected == null ? oldSize : entrySize(oldItem)));
            if (now == null || !samePlace(was, now)) {
                ConcurrentSkipListMap<IndexKey, byte[]> partition = partitions.get(was.part());
                if (partition != null && partition.remove(was.key()) != null) {
                    items.decrement();
                }
            }
        }
        if (now != null) {
            byte[] previous = partitions.computeIfAbsent(now.part(), p -> new ConcurrentSkipListMap<>(IndexKey.ORDER))
                    .put(now.key(), newBytes);
            if (previous == null) {
                items.increment();
            }
            bytes.add(projected == null ? newSize : entrySize(newItem));
        }
    }

    /** Whether two places are the same entry (so an update keeps it rather than delete and put). */
    public static boolean samePlace(Place a, Place b) {
        return a.part().equals(b.part()) && IndexKey.ORDER.compare(a.key(), b.key()) == 0;
    }
}
