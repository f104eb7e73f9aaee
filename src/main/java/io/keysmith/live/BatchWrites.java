package io.keysmith.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sends one BatchWriteItem until all of it is processed: the unprocessed items DynamoDB returns
 * and throttled calls are resent with exponential backoff and full jitter ({@link WriteRetry}).
 * The seeder and a program's batched deletes share it.
 */
final class BatchWrites {

    private BatchWrites() {
    }

    /**
     * Writes one batch until all of it is processed; returns the number of requests processed
     * (fewer only when cancelled). Only attempts that write nothing count towards giving up: a
     * batch that keeps shrinking is making progress, however many calls it takes.
     */
    static long untilProcessed(DynamoDbClient client, BatchWriteItemRequest first, AtomicLong retries, CancelToken cancel) {
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

    static int size(Map<String, List<WriteRequest>> requests) {
        int n = 0;
        for (List<WriteRequest> w : requests.values()) {
            n += w.size();
        }
        return n;
    }
}
