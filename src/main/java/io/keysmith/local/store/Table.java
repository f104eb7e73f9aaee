package io.keysmith.local.store;

import io.keysmith.local.table.IndexSchema;
import io.keysmith.local.table.TableSchema;
import io.keysmith.local.value.ItemSize;
import io.keysmith.local.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One table's items and indexes. Partitions are ordered by hash token; within one, items are ordered by
 * sort key and kept encoded. Writes go through {@link #apply} with the key's stripe held; reads need no lock.
 */
public final class Table {

    /** The sort key under which a table without sort key keeps its one item per partition. */
    public static final Value NO_SORT = new Value.Null();

    static final Comparator<Value> SORT_ORDER = (a, b) -> a == b ? 0 : KeyOrder.compare(a, b);

    private volatile TableSchema schema;
    private volatile List<IndexStore> indexes = List.of();
    private final ConcurrentSkipListMap<PartKey, ConcurrentSkipListMap<Value, byte[]>> partitions =
            new ConcurrentSkipListMap<>(PartKey.ORDER);
    private final LongAdder items = new LongAdder();
    private final LongAdder bytes = new LongAdder();

    public Table(TableSchema schema) {
        this.schema = schema;
        List<IndexStore> stores = new ArrayList<>();
        schema.indexes().forEach(i -> stores.add(new IndexStore(i, schema)));
        this.indexes = List.copyOf(stores);
    }

    public TableSchema schema() {
        return schema;
    }

    public String name() {
        return schema.name();
    }

    /** Replaces the schema; indexes added or removed are added or dropped here (the caller backfills). */
    public void schema(TableSchema newSchema) {
        List<IndexStore> stores = new ArrayList<>();
        for (IndexSchema i : newSchema.indexes()) {
            stores.add(indexes.stream().filter(s -> s.schema().name().equals(i.name())).findFirst()
                    .map(s -> s.withSchema(i)).orElseGet(() -> new IndexStore(i, newSchema)));
        }
        this.indexes = List.copyOf(stores);
        this.schema = newSchema;
    }

    public List<IndexStore> indexes() {
        return indexes;
    }

    public IndexStore index(String name) {
        return indexes.stream().filter(i -> i.schema().name().equals(name)).findFirst().orElse(null);
    }

    public long itemCount() {
        return items.sum();
    }

    public long sizeBytes() {
        return bytes.sum();
    }

    /** The encoded item under a key, or null. */
    public byte[] getRaw(PrimaryKey key) {
        ConcurrentSkipListMap<Value, byte[]> partition = partitions.get(PartKey.of(key.hash()));
        return partition == null ? null : partition.get(sort(key.range()));
    }

    /** The item under a key, or null. */
    public Map<String, Value> get(PrimaryKey key) {
        byte[] raw = getRaw(key);
        return raw == null ? null : ItemCodec.decode(raw);
    }

    /** The items of one partition in sort key order, or null when it has none. */
    public ConcurrentSkipListMap<Value, byte[]> partition(Value hash) {
        return partitions.get(PartKey.of(hash));
    }

    /** Every partition, in token order. */
    public ConcurrentSkipListMap<PartKey, ConcurrentSkipListMap<Value, byte[]>> partitions() {
        return partitions;
    }

    /**
     * Puts ({@code newItem} not null) or deletes one item and updates every index. The caller holds the
     * key's stripe and passes the current item ({@code oldItem}, null when absent).
     */
    public void apply(PrimaryKey key, Map<String, Value> oldItem, Map<String, Value> newItem, byte[] newBytes) {
        PartKey part = PartKey.of(key.hash());
        Value sort = sort(key.range());
        long oldSize = oldItem == null ? 0 : ItemSize.of(oldItem);
        long newSize = newItem == null ? 0 : ItemSize.of(newItem);
        if (newItem != null) {
            partitions.computeIfAbsent(part, p -> new ConcurrentSkipListMap<>(SORT_ORDER)).put(sort, newBytes);
            bytes.add(newSize);
            if (oldItem == null) {
                items.increment();
            }
        } else {
            ConcurrentSkipListMap<Value, byte[]> partition = partitions.get(part);
            if (partition != null && partition.remove(sort) != null) {
                items.decrement();
                if (partition.isEmpty()) {
                    partitions.remove(part, partition);
                }
            }
        }
        bytes.add(-oldSize);
        for (IndexStore index : indexes) {
            index.write(key, oldItem, newItem, newBytes, oldSize, newSize);
        }
    }

    /** Adds every current item to a new index (the caller holds every stripe). */
    public void backfill(IndexStore index) {
        partitions.forEach((p, partition) -> partition.forEach((sort, raw) -> {
            Map<String, Value> item = ItemCodec.decode(raw);
            index.write(PrimaryKey.of(schema.key(), item), null, item, raw, 0, ItemSize.of(item));
        }));
    }

    static Value sort(Value range) {
        return range == null ? NO_SORT : range;
    }
}
