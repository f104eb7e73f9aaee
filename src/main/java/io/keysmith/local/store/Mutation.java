package io.keysmith.local.store;

/**
 * One applied change to one item, as the log keeps it: the table, and the encoded new item for a put or
 * the encoded key for a delete.
 */
public record Mutation(String table, boolean put, byte[] bytes) {

    public static Mutation put(String table, byte[] item) {
        return new Mutation(table, true, item);
    }

    public static Mutation delete(String table, byte[] key) {
        return new Mutation(table, false, key);
    }
}
