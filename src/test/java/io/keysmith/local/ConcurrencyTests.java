package io.keysmith.local;

import static io.keysmith.local.Engines.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConcurrencyTests {

    @Test
    void parallelWritersEndWithExactCountsAndConsistentIndexes() throws Exception {
        try (LocalEngine engine = LocalEngine.inMemory()) {
            call(engine, "CreateTable", """
                    {"TableName":"tbl","BillingMode":"PAY_PER_REQUEST",
                     "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"N"},{"AttributeName":"g","AttributeType":"S"}],
                     "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
                     "GlobalSecondaryIndexes":[{"IndexName":"ByG","KeySchema":[{"AttributeName":"g","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
                       "Projection":{"ProjectionType":"KEYS_ONLY"}}]}""");
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"counter\"},\"sk\":{\"N\":\"0\"},\"n\":{\"N\":\"0\"}}");
            int threads = 6;
            int batches = 40;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                done.add(pool.submit(() -> {
                    for (int b = 0; b < batches; b++) {
                        StringBuilder batch = new StringBuilder("{\"RequestItems\":{\"tbl\":[");
                        for (int i = 0; i < 25; i++) {
                            int sk = b * 25 + i;
                            batch.append(i == 0 ? "" : ",").append("{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"w").append(sk % 7)
                                    .append("\"},\"sk\":{\"N\":\"").append(writer * 100_000 + sk).append("\"},\"g\":{\"S\":\"g").append(sk % 2).append("\"}}}}");
                        }
                        call(engine, "BatchWriteItem", batch.append("]}}").toString());
                        call(engine, "UpdateItem", """
                                {"TableName":"tbl","Key":{"pk":{"S":"counter"},"sk":{"N":"0"}},"UpdateExpression":"ADD n :one",
                                 "ExpressionAttributeValues":{":one":{"N":"1"}}}""");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            int expected = threads * batches * 25;
            JsonNode table = call(engine, "DescribeTable", "{\"TableName\":\"tbl\"}").get("Table");
            assertThat(table.get("ItemCount").asLong()).isEqualTo(expected + 1);
            assertThat(table.get("GlobalSecondaryIndexes").get(0).get("ItemCount").asLong()).isEqualTo(expected);
            int inIndex = 0;
            for (String g : new String[] {"g0", "g1"}) {
                inIndex += Engines.queryPartition(engine, "tbl", "ByG", "g", "{\"S\":\"" + g + "\"}", "\"Select\":\"COUNT\"").get("Count").asInt();
            }
            assertThat(inIndex).isEqualTo(expected);
            JsonNode counter = call(engine, "GetItem", "{\"TableName\":\"tbl\",\"Key\":{\"pk\":{\"S\":\"counter\"},\"sk\":{\"N\":\"0\"}}}");
            assertThat(counter.get("Item").get("n").get("N").asString()).isEqualTo(String.valueOf(threads * batches));
        }
    }
}
