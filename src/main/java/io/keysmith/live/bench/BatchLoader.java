package io.keysmith.live.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import io.keysmith.live.LiveException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes the synthetic items with 25-item BatchWriteItem calls from {@code threads} threads, each
 * building its batches as it goes, so that the client holds no copy of the data set (the heap
 * figure is then the engine's).
 */
final class BatchLoader {

    private static final int BATCH = 25;

    private BatchLoader() {
    }

    /** Writes items {@code 0..count-1} and returns the items per second. */
    static double load(DynamoDbClient client, SyntheticItems items, int count, int threads) {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int from = next.getAndAdd(BATCH); from < count; from = next.getAndAdd(BATCH)) {
                        write(client, items, from, Math.min(count, from + BATCH));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new LiveException("the benchmark could not write its items: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static void write(DynamoDbClient client, SyntheticItems items, int from, int to) {
        List<WriteRequest> batch = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Map<String, AttributeValue> item = items.item(i);
            batch.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
        }
        Map<String, List<WriteRequest>> pending = Map.of(SyntheticItems.TABLE, batch);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse r = client.batchWriteItem(b -> b.requestItems(request));
            pending = r.hasUnprocessedItems() ? r.unprocessedItems() : Map.of();
        }
    }
}
