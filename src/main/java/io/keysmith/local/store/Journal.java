package io.keysmith.local.store;

import io.keysmith.local.table.TableSchema;
import java.util.List;

/** Where applied changes are recorded before a request is answered: nowhere (in memory) or a write-ahead log. */
public interface Journal extends AutoCloseable {

    /** A journal that records nothing. */
    Journal NONE = new Journal() {
        @Override
        public void schema(TableSchema schema) {}

        @Override
        public void dropTable(String name) {}

        @Override
        public void writes(List<Mutation> mutations) {}

        @Override
        public void close() {}
    };

    /** A table created or changed (the whole new schema). */
    void schema(TableSchema schema);

    void dropTable(String name);

    /** Item changes applied together (one request or transaction): replayed all or not at all. */
    void writes(List<Mutation> mutations);

    /** Whether the log has grown enough that a snapshot should replace it. */
    default boolean wantsSnapshot() {
        return false;
    }

    @Override
    void close();
}
