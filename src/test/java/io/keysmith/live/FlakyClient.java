package io.keysmith.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Fault injection around a real client: BatchWriteItem calls are at random throttled (nothing
 * written) or only partly applied, the rest returned as unprocessed items, as DynamoDB does
 * under load.
 */
final class FlakyClient implements DynamoDbClient {

    private final DynamoDbClient real;
    private final Random random;
    final AtomicInteger throttled = new AtomicInteger();
    final AtomicInteger partial = new AtomicInteger();

    FlakyClient(DynamoDbClient real, long seed) {
        this.real = real;
        this.random = new Random(seed);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        double roll;
        synchronized (random) {
            roll = random.nextDouble();
        }
        if (roll < 0.25) {
            throttled.incrementAndGet();
            throw (ProvisionedThroughputExceededException) ProvisionedThroughputExceededException.builder()
                    .statusCode(400).message("injected throttling")
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                            .errorMessage("injected throttling").build())
                    .build();
        }
        if (roll < 0.65) {
            partial.incrementAndGet();
            Map<String, List<WriteRequest>> now = new LinkedHashMap<>();
            Map<String, List<WriteRequest>> later = new LinkedHashMap<>();
            request.requestItems().forEach((table, writes) -> {
                for (WriteRequest w : writes) {
                    boolean keep;
                    synchronized (random) {
                        keep = random.nextBoolean();
                    }
                    (keep ? now : later).computeIfAbsent(table, t -> new ArrayList<>()).add(w);
                }
            });
            if (!now.isEmpty()) {
                BatchWriteItemResponse r = real.batchWriteItem(b -> b.requestItems(now));
                r.unprocessedItems().forEach((t, w) -> later.computeIfAbsent(t, x -> new ArrayList<>()).addAll(w));
            }
            return BatchWriteItemResponse.builder().unprocessedItems(later).build();
        }
        return real.batchWriteItem(request);
    }

    @Override
    public String serviceName() {
        return real.serviceName();
    }

    @Override
    public void close() {
    }
}
