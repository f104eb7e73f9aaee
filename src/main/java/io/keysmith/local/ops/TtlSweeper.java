package io.keysmith.local.ops;

import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.ItemCodec;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.Table;
import io.keysmith.local.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Deletes expired items of tables with time to live enabled: items whose TTL attribute is a number of
 * epoch seconds in the past (but not more than five years past, which DynamoDB leaves alone). Each
 * deletion goes through the normal write path, so indexes and the log follow.
 */
public final class TtlSweeper implements Runnable {

    private static final long FIVE_YEARS = 5L * 365 * 24 * 3600;

    private final Catalog catalog;
    private final LongSupplier nowSeconds;

    public TtlSweeper(Catalog catalog, LongSupplier nowSeconds) {
        this.catalog = catalog;
        this.nowSeconds = nowSeconds;
    }

    @Override
    public void run() {
        for (Table table : catalog.tables()) {
            String attribute = table.schema().ttlAttribute();
            if (attribute != null) {
                sweep(table, attribute);
            }
        }
    }

    private void sweep(Table table, String attribute) {
        long now = nowSeconds.getAsLong();
        List<byte[]> expired = new ArrayList<>();
        table.partitions().values().forEach(p -> p.values().forEach(bytes -> {
            if (expired(ItemCodec.find(bytes, attribute), now)) {
                expired.add(bytes);
            }
        }));
        for (byte[] bytes : expired) {
            Map<String, Value> item = ItemCodec.decode(bytes);
            PrimaryKey key = PrimaryKey.of(table.schema().key(), item);
            ItemWriter.write(catalog, table, key, null, false,
                    old -> old != null && expired(old.get(attribute), nowSeconds.getAsLong()) ? null : old);
        }
    }

    static boolean expired(Value value, long now) {
        if (!(value instanceof Value.N n)) {
            return false;
        }
        BigDecimal at = n.value();
        return at.compareTo(BigDecimal.valueOf(now)) < 0 && at.compareTo(BigDecimal.valueOf(now - FIVE_YEARS)) >= 0;
    }
}
