package io.keysmith.local.store;

import io.keysmith.local.DynamoException;
import io.keysmith.local.ErrorType;
import io.keysmith.local.table.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The engine's tables by name, the stripe locks that serialise writes, and the journal every change goes
 * to. Table changes (create, update, drop) run one at a time under the catalog's lock.
 */
public final class Catalog {

    private final Map<String, Table> tables = new ConcurrentHashMap<>();
    private final StripedLocks locks = new StripedLocks();
    private final ReentrantLock ddl = new ReentrantLock();
    private volatile Journal journal = Journal.NONE;

    public StripedLocks locks() {
        return locks;
    }

    public Journal journal() {
        return journal;
    }

    void journal(Journal journal) {
        this.journal = journal;
    }

    /** The table, or null. */
    public Table table(String name) {
        return tables.get(name);
    }

    /** The table, or ResourceNotFoundException with the given message. */
    public Table require(String name, String message) {
        Table table = tables.get(name);
        if (table == null) {
            throw DynamoException.notFound(message);
        }
        return table;
    }

    public List<String> names() {
        return tables.keySet().stream().sorted().toList();
    }

    public List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** Creates a table, refusing a name in use. */
    public Table create(TableSchema schema) {
        return underDdl(() -> {
            if (tables.containsKey(schema.name())) {
                throw new DynamoException(ErrorType.RESOURCE_IN_USE, "Table already exists: " + schema.name());
            }
            Table table = new Table(schema);
            journal.schema(schema);
            tables.put(schema.name(), table);
            return table;
        });
    }

    /** Replaces a table's schema; a new index is filled from the table's items while no write is in flight. */
    public void update(Table table, TableSchema schema) {
        underDdl(() -> {
            exclusive(() -> {
                List<String> before = table.indexes().stream().map(i -> i.schema().name()).toList();
                table.schema(schema);
                table.indexes().stream().filter(i -> !before.contains(i.schema().name())).forEach(table::backfill);
                journal.schema(schema);
            });
            return null;
        });
    }

    /** Removes a table. */
    public Table drop(String name, String message) {
        return underDdl(() -> {
            Table table = require(name, message);
            journal.dropTable(name);
            tables.remove(name);
            return table;
        });
    }

    /** Runs {@code work} under the catalog's lock. */
    public <T> T underDdl(Supplier<T> work) {
        ddl.lock();
        try {
            return work.get();
        } finally {
            ddl.unlock();
        }
    }

    /** Runs {@code work} while holding every stripe, so that no item write is in flight. */
    public void exclusive(Runnable work) {
        int[] all = locks.lockAll(locks.all());
        try {
            work.run();
        } finally {
            locks.unlockAll(all);
        }
    }

    /** Applies a replayed record (no locks: replay runs before the engine serves). */
    void replay(Records.Record record) {
        switch (record) {
            case Records.Schema s -> {
                Table existing = tables.get(s.schema().name());
                if (existing == null) {
                    tables.put(s.schema().name(), new Table(s.schema()));
                } else {
                    List<String> before = existing.indexes().stream().map(i -> i.schema().name()).toList();
                    existing.schema(s.schema());
                    existing.indexes().stream().filter(i -> !before.contains(i.schema().name())).forEach(existing::backfill);
                }
            }
            case Records.Drop d -> tables.remove(d.table());
            case Records.Writes w -> w.mutations().forEach(this::replay);
        }
    }

    private void replay(Mutation m) {
        Table table = tables.get(m.table());
        if (table == null) {
            return;
        }
        var item = ItemCodec.decode(m.bytes());
        PrimaryKey key = PrimaryKey.of(table.schema().key(), item);
        var old = table.get(key);
        if (m.put()) {
            table.apply(key, old, item, m.bytes());
        } else if (old != null) {
            table.apply(key, old, null, null);
        }
    }
}
