package io.keysmith.local;

import io.keysmith.local.ops.BatchGetOp;
import io.keysmith.local.ops.BatchWriteOp;
import io.keysmith.local.ops.ItemOps;
import io.keysmith.local.ops.MetaOps;
import io.keysmith.local.ops.QueryOp;
import io.keysmith.local.ops.ScanOp;
import io.keysmith.local.ops.TableOps;
import io.keysmith.local.ops.TransactGetOp;
import io.keysmith.local.ops.TransactWriteOp;
import io.keysmith.local.ops.TtlSweeper;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.Storage;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Keysmith's own DynamoDB-compatible engine: tables, items and indexes in this process, in memory or
 * kept in a folder. It takes DynamoDB's JSON requests and returns its JSON responses; the HTTP server
 * ({@link io.keysmith.local.server.LocalServer}) puts it on the wire.
 */
public final class LocalEngine implements AutoCloseable {

    private final Catalog catalog;
    private final Storage storage;
    private final TableOps tables;
    private final ItemOps items;
    private final QueryOp query;
    private final ScanOp scan;
    private final BatchWriteOp batchWrite;
    private final BatchGetOp batchGet;
    private final TransactWriteOp transactWrite;
    private final TransactGetOp transactGet;
    private final MetaOps meta;
    private final ScheduledExecutorService background;
    private final AtomicBoolean snapshotting = new AtomicBoolean();

    private LocalEngine(Catalog catalog, Storage storage) {
        this.catalog = catalog;
        this.storage = storage;
        this.tables = new TableOps(catalog);
        this.items = new ItemOps(catalog);
        this.query = new QueryOp(catalog);
        this.scan = new ScanOp(catalog);
        this.batchWrite = new BatchWriteOp(catalog);
        this.batchGet = new BatchGetOp(catalog);
        this.transactWrite = new TransactWriteOp(catalog);
        this.transactGet = new TransactGetOp(catalog);
        this.meta = new MetaOps(catalog);
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "keysmith-local-engine");
            t.setDaemon(true);
            return t;
        });
        TtlSweeper sweeper = new TtlSweeper(catalog, () -> System.currentTimeMillis() / 1000);
        background.scheduleWithFixedDelay(() -> {
            try {
                sweeper.run();
            } catch (RuntimeException e) {
                // a failed sweep is retried on the next tick
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    /** An engine whose tables live in memory only. */
    public static LocalEngine inMemory() {
        return new LocalEngine(new Catalog(), null);
    }

    /** An engine whose tables are kept in {@code dataDir} and survive a restart (and a kill during writes). */
    public static LocalEngine persistent(Path dataDir) {
        Storage storage = Storage.open(dataDir, Storage.SNAPSHOT_THRESHOLD);
        return new LocalEngine(storage.catalog(), storage);
    }

    /**
     * Runs one operation ({@code "PutItem"}: the part of {@code X-Amz-Target} after {@code DynamoDB_20120810.})
     * on its JSON request and returns the JSON response. Throws {@link DynamoException} for what DynamoDB
     * refuses; an unknown operation is {@link ErrorType#UNKNOWN_OPERATION}.
     */
    public JsonNode handle(String operation, JsonNode request) {
        Operation op = Operation.of(operation);
        if (op == null) {
            throw new DynamoException(ErrorType.UNKNOWN_OPERATION, null);
        }
        JsonNode body = request == null || request.isNull() || request.isMissingNode() ? JsonNodeFactory.instance.objectNode() : request;
        if (!body.isObject()) {
            throw new DynamoException(ErrorType.SERIALIZATION, "Start of structure or map found where not expected");
        }
        JsonNode response = run(op, body);
        if (op.writes() && storage != null && catalog.journal().wantsSnapshot() && snapshotting.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    storage.snapshot();
                } finally {
                    snapshotting.set(false);
                }
            });
        }
        return response;
    }

    private JsonNode run(Operation op, JsonNode request) {
        return switch (op) {
            case CREATE_TABLE -> tables.create(request);
            case DESCRIBE_TABLE -> tables.describe(request);
            case LIST_TABLES -> tables.list(request);
            case DELETE_TABLE -> tables.delete(request);
            case UPDATE_TABLE -> tables.update(request);
            case PUT_ITEM -> items.put(request);
            case GET_ITEM -> items.get(request);
            case UPDATE_ITEM -> items.update(request);
            case DELETE_ITEM -> items.delete(request);
            case QUERY -> query.query(request);
            case SCAN -> scan.scan(request);
            case BATCH_WRITE_ITEM -> batchWrite.batchWrite(request);
            case BATCH_GET_ITEM -> batchGet.batchGet(request);
            case TRANSACT_WRITE_ITEMS -> transactWrite.transactWrite(request);
            case TRANSACT_GET_ITEMS -> transactGet.transactGet(request);
            case UPDATE_TIME_TO_LIVE -> meta.updateTimeToLive(request);
            case DESCRIBE_TIME_TO_LIVE -> meta.describeTimeToLive(request);
            case TAG_RESOURCE -> meta.tag(request);
            case UNTAG_RESOURCE -> meta.untag(request);
            case LIST_TAGS_OF_RESOURCE -> meta.listTags(request);
            case DESCRIBE_ENDPOINTS -> meta.describeEndpoints(request);
            case DESCRIBE_LIMITS -> meta.describeLimits(request);
            case DESCRIBE_CONTINUOUS_BACKUPS -> meta.describeContinuousBackups(request);
        };
    }

    @Override
    public void close() {
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (storage != null) {
            storage.close();
        }
    }
}
