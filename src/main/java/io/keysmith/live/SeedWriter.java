package io.keysmith.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes items with BatchWriteItem calls of 25 on a bounded thread pool, resending unprocessed
 * items and throttled requests with exponential backoff and full jitter. Puts are idempotent and
 * every batch is resent until all of it is processed, so a partial failure neither loses nor
 * duplicates an item.
 */
public final class SeedWriter {

    static final int BATCH = 25;
    private static final int MAX_ATTEMPTS = 15;
    private static final long BASE_MILLIS = 20;
    private static final long MAX_BACKOFF_MILLIS = 2_000;

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
        List<List<TableItem>> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += BATCH) {
            batches.add(items.subList(i, Math.min(items.size(), i + BATCH)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "keysmith-seed");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<TableItem> batch : batches) {
                futures.add(pool.submit(() -> {
                    if (!cancel.cancelled()) {
                        long n = writeBatch(batch, retries, cancel);
                        listener.progress(written.addAndGet(n), items.size());
                    }
                    return null;
                }));
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

    /** Writes one batch until all of it is processed; returns the number of items written. */
    private long writeBatch(List<TableItem> batch, AtomicLong retries, CancelToken cancel) {
        Map<String, List<WriteRequest>> pending = new LinkedHashMap<>();
        for (TableItem i : batch) {
            pending.computeIfAbsent(i.table(), t -> new ArrayList<>())
                    .add(WriteRequest.builder().putRequest(PutRequest.builder().item(i.item()).build()).build());
        }
        long done = 0;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt >= MAX_ATTEMPTS) {
                throw new LiveException("gave up writing a batch after " + MAX_ATTEMPTS
                        + " attempts: the table keeps throttling or rejecting writes");
            }
            if (attempt > 0) {
                retries.incrementAndGet();
                backoff(attempt);
            }
            if (cancel.cancelled()) {
                return done;
            }
            int sent = pending.values().stream().mapToInt(List::size).sum();
            try {
                BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(pending));
                Map<String, List<WriteRequest>> unprocessed = response.hasUnprocessedItems()
                        ? response.unprocessedItems() : Map.of();
                int left = unprocessed.values().stream().mapToInt(List::size).sum();
                done += sent - left;
                pending.clear();
                unprocessed.forEach((t, w) -> pending.put(t, new ArrayList<>(w)));
            } catch (DynamoDbException e) {
                if (!retryable(e)) {
                    throw e;
                }
            } catch (SdkClientException e) {
                // A request that timed out may or may not have been applied; puts are idempotent, so resend.
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
        return done;
    }

    static boolean retryable(DynamoDbException e) {
        if (e.isThrottlingException() || e.statusCode() >= 500) {
            return true;
        }
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        return "ProvisionedThroughputExceededException".equals(code) || "ThrottlingException".equals(code)
                || "RequestLimitExceeded".equals(code);
    }

    private static void backoff(int attempt) {
        long cap = Math.min(MAX_BACKOFF_MILLIS, BASE_MILLIS << Math.min(attempt, 10));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(cap + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
