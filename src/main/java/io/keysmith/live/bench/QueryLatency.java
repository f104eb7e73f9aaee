package io.keysmith.live.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import io.keysmith.live.LiveException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Round-trip latency of one page (Limit {@code page}) read at a random place of the hot partition. */
final class QueryLatency {

    /** Latency percentiles in microseconds. */
    record Figures(int queries, double p50Micros, double p99Micros, double maxMicros) {
    }

    private QueryLatency() {
    }

    static Figures measure(DynamoDbClient client, int hotItems, int page, int queries) {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < Math.min(200, queries); i++) {
            page(client, random.nextInt(hotItems), page); // warm-up, not counted
        }
        long[] micros = new long[queries];
        for (int i = 0; i < queries; i++) {
            int from = random.nextInt(hotItems);
            long start = System.nanoTime();
            int read = page(client, from, page);
            micros[i] = (System.nanoTime() - start) / 1000;
            if (read != Math.min(page, hotItems - from)) {
                throw new LiveException("a query page read " + read + " items, expected " + Math.min(page, hotItems - from));
            }
        }
        Arrays.sort(micros);
        return new Figures(queries, micros[queries / 2], micros[(int) Math.ceil(queries * 0.99) - 1], micros[queries - 1]);
    }

    private static int page(DynamoDbClient client, int from, int limit) {
        QueryResponse r = client.query(b -> b.tableName(SyntheticItems.TABLE).limit(limit)
                .keyConditionExpression("PK = :p AND SK >= :s")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(SyntheticItems.HOT_PARTITION),
                        ":s", AttributeValue.fromS(SyntheticItems.sortKey(from)))));
        return r.count();
    }
}
