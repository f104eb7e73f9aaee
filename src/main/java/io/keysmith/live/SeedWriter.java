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
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items with BatchWriteItem calls of 25 from a few worker threads, resending unprocessed
 * items and throttled requests with exponential backoff and full jitter. Puts are idempotent and
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

    /**
     * Writes one batch until all of it is processed; returns the number of items written. Only
     * attempts that write nothing count towards giving up: a batch that keeps shrinking is making
     * progress, however many calls it takes.
     */
    private long writeBatch(BatchWriteItemRequest first, AtomicLong retries, CancelToken cancel) {
        BatchWriteItemRequest pending = first;
        long done = 0;
        int clientErrors = 0;
        int stalled = 0;
        for (boolean firstCall = true; pending != null; firstCall = false) {
            if (stalled >= WriteRetry.MAX_ATTEMPTS) {
                throw new LiveException("gave up writing a batch after " + WriteRetry.MAX_ATTEMPTS
                        + " attempts in a row that wrote nothing: the table keeps throttling or rejecting writes");
            }
            if (!firstCall) {
                retries.incrementAndGet();
                WriteRetry.backoff(stalled);
            }
            if (cancel.cancelled()) {
                return done;
            }
            try {
                BatchWriteItemResponse response = client.batchWriteItem(pending);
                Map<String, List<WriteRequest>> unprocessed = response.hasUnprocessedItems()
                        ? response.unprocessedItems() : Map.of();
                int written = size(pending.requestItems()) - size(unprocessed);
                done += written;
                stalled = written > 0 ? 0 : stalled + 1;
                pending = unprocessed.isEmpty() ? null : BatchWriteItemRequest.builder().requestItems(unprocessed).build();
            } catch (DynamoDbException e) {
                if (!WriteRetry.retryable(e)) {
                    throw e;
                }
                stalled++;
            } catch (SdkClientException e) {
                if (++clientErrors > WriteRetry.MAX_CLIENT_ERRORS) {
                    throw e;
                }
                stalled++;
            }
        }
        return done;
    }

    private static int size(Map<String, List<WriteRequest>> requests) {
        int n = 0;
        for (List<WriteRequest> w : requests.values()) {
            n += w.size();
        }
        return n;
    }
}
