package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.expr.Condition;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.ItemCodec;
import io.keysmith.local.store.Mutation;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.StripedLocks;
import io.keysmith.local.store.Table;
import io.keysmith.local.value.Value;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The single-item write path: lock the key's stripe, read the current item, check the condition, compute
 * the new item (null deletes), apply it to the table and its indexes, and log it before answering.
 */
final class ItemWriter {

    /** The item before and after one write (either null when absent). */
    record Outcome(Map<String, Value> old, Map<String, Value> now) {}

    private ItemWriter() {}

    static Outcome write(Catalog catalog, Table table, PrimaryKey key, Condition condition, boolean returnOldOnFailure,
            UnaryOperator<Map<String, Value>> change) {
        StripedLocks locks = catalog.locks();
        int stripe = locks.stripe(table.name(), key.hash());
        locks.lock(stripe);
        try {
            Map<String, Value> old = table.get(key);
            if (condition != null && !condition.test(old == null ? Map.of() : old)) {
                throw DynamoException.conditionFailed(returnOldOnFailure ? old : null);
            }
            Map<String, Value> now = change.apply(old);
            if (now == old) {
                // nothing changes (a delete of an absent item, or a change that kept the item)
                return new Outcome(null, null);
            }
            byte[] bytes = now == null ? null : ItemCodec.encode(now);
            table.apply(key, old, now, bytes);
            catalog.journal().writes(List.of(mutation(table, key, bytes)));
            return new Outcome(old, now);
        } finally {
            locks.unlock(stripe);
        }
    }

    /** The log entry of a write already applied: the new item, or the key when deleted. */
    static Mutation mutation(Table table, PrimaryKey key, byte[] bytes) {
        return bytes != null ? Mutation.put(table.name(), bytes)
                : Mutation.delete(table.name(), ItemCodec.encode(key.toMap(table.schema().key())));
    }
}
