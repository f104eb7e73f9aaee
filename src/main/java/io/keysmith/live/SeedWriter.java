package io.keysmith.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items with BatchWriteItem calls of 25 from a few worker threads, resending unprocessed
 * items and throttled requests with exponential backoff and full jitter ({@link BatchWrites}). Puts are idempotent and
 * every batch is resent until all of it is processed, so a partial failure neither loses nor
 * duplicates an item.
 */
public final class SeedWriter {

    static final int BATCH = 25;

    private final DynamoDbClient client;
    private final int threads;

    public SeedWriter(DynamoDbClient client, int threads) {
        this.client = client;
        this.threads = Math.max(1, threads);
    }

    /** One item to write to one table. */
    public record TableItem(String table, Map<String, AttributeValue> item) {
    }

    public SeedResult write(List<TableItem> items, SeedListener listener, CancelToken cancel) {
        long start = System.nanoTime();
        AtomicLong written = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        int batches = (items.size() + BATCH - 1) / BATCH;
        AtomicInteger next = new AtomicInteger();
        // Workers take the next batch by index: no task object or queue entry per batch, and a
        // worker builds each request right before sending it, so the requests never all sit in memory.
        Runnable worker = () -> {
            for (int b = next.getAndIncrement(); b < batches && !cancel.cancelled(); b = next.getAndIncrement()) {
                List<TableItem> batch = items.subList(b * BATCH, Math.min(items.size(), (b + 1) * BATCH));
                long n = writeBatch(request(batch), retries, cancel);
                listener.progress(written.addAndGet(n), items.size());
            }
        };
        int workers = Math.min(threads, Math.max(1, batches));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "keysmith-seed");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            cancel.cancel();
            throw e.getCause() instanceof RuntimeException r ? r : new LiveException(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new SeedResult(written.get(), -1, retries.get(), millis, cancel.cancelled());
    }

    /** The request for one batch, built once: the SDK copies every item map when a request is built. */
    static BatchWriteItemRequest request(List<TableItem> batch) {
        Map<String, List<WriteRequest>> byTable = new LinkedHashMap<>();
        for (TableItem i : batch) {
            byTable.computeIfAbsent(i.table(), t -> new ArrayList<>(batch.size()))
                    .add(WriteRequest.builder().putRequest(PutRequest.builder().item(i.item()).build()).build());
        }
        return BatchWriteItemRequest.builder().requestItems(byTable).build();
    }

    private long writeBatch(BatchWriteItemRequest first, AtomicLong retries, CancelToken cancel) {
        return BatchWrites.untilProcessed(client, first, retries, cancel);
    }
}
