package io.keysmith.local;

import static io.keysmith.local.Engines.call;
import static io.keysmith.local.Engines.error;
import static io.keysmith.local.Engines.strings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ScanAndBatchTests {

    private final LocalEngine engine = LocalEngine.inMemory();

    @BeforeEach
    void table() {
        Engines.createTable(engine, "S");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private void load(int partitions, int perPartition) {
        for (int p = 0; p < partitions; p++) {
            StringBuilder batch = new StringBuilder("{\"RequestItems\":{\"tbl\":[");
            for (int s = 0; s < perPartition; s++) {
                batch.append(s == 0 ? "" : ",").append("{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"p").append(p)
                        .append("\"},\"sk\":{\"S\":\"s").append(s).append("\"}}}}");
            }
            call(engine, "BatchWriteItem", batch.append("]}}").toString());
        }
    }

    @Test
    void segmentsSplitTheItemsWithoutOverlap() {
        load(20, 5);
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 4; segment++) {
            JsonNode page = call(engine, "Scan", "{\"TableName\":\"tbl\",\"Segment\":" + segment + ",\"TotalSegments\":4}");
            for (JsonNode item : page.get("Items")) {
                seen.add(item.get("pk").get("S").asString() + "/" + item.get("sk").get("S").asString());
                total++;
            }
        }
        assertThat(total).isEqualTo(100);
        assertThat(seen).hasSize(100);
        assertThat(error(engine, "Scan", "{\"TableName\":\"tbl\",\"Segment\":4,\"TotalSegments\":4}").getMessage())
                .contains("Segment: 4 is not less than TotalSegments: 4");
    }

    @Test
    void limitAndExclusiveStartKeyPageThroughAScan() {
        load(7, 3);
        List<String> seen = new ArrayList<>();
        String start = null;
        do {
            JsonNode page = call(engine, "Scan", "{\"TableName\":\"tbl\",\"Limit\":4" + (start == null ? "" : ",\"ExclusiveStartKey\":" + start) + "}");
            seen.addAll(strings(page, "sk"));
            start = page.has("LastEvaluatedKey") ? page.get("LastEvaluatedKey").toString() : null;
        } while (start != null);
        assertThat(seen).hasSize(21);
        assertThat(call(engine, "Scan", "{\"TableName\":\"tbl\"}").get("ScannedCount").asInt()).isEqualTo(21);
    }

    @Test
    void aBatchRefusesDuplicateKeysAndMoreThanTwentyFiveWrites() {
        assertThat(error(engine, "BatchWriteItem", """
                {"RequestItems":{"tbl":[{"PutRequest":{"Item":{"pk":{"S":"a"},"sk":{"S":"1"}}}},
                  {"DeleteRequest":{"Key":{"pk":{"S":"a"},"sk":{"S":"1"}}}}]}}""").getMessage())
                .isEqualTo("Provided list of item keys contains duplicates");
        StringBuilder many = new StringBuilder("{\"RequestItems\":{\"tbl\":[");
        for (int i = 0; i < 26; i++) {
            many.append(i == 0 ? "" : ",").append("{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"").append(i).append("\"}}}}");
        }
        assertThat(error(engine, "BatchWriteItem", many.append("]}}").toString()).getMessage())
                .contains("Member must have length less than or equal to 25");
        assertThat(call(engine, "Scan", "{\"TableName\":\"tbl\"}").get("Count").asInt()).isZero();
    }

    @Test
    void batchWriteDeletesAndBatchGetReadsPerTable() {
        load(1, 3);
        JsonNode written = call(engine, "BatchWriteItem", "{\"RequestItems\":{\"tbl\":[{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"p0\"},\"sk\":{\"S\":\"s1\"}}}}]}}");
        assertThat(written.get("UnprocessedItems").isEmpty()).isTrue();
        JsonNode got = call(engine, "BatchGetItem", """
                {"RequestItems":{"tbl":{"Keys":[{"pk":{"S":"p0"},"sk":{"S":"s0"}},{"pk":{"S":"p0"},"sk":{"S":"s1"}},{"pk":{"S":"p0"},"sk":{"S":"s2"}}],
                  "AttributesToGet":["sk"]}},"ReturnConsumedCapacity":"TOTAL"}""");
        assertThat(got.get("Responses").get("tbl")).hasSize(2);
        assertThat(got.get("Responses").get("tbl").get(0).has("pk")).isFalse();
        assertThat(got.get("UnprocessedKeys").isEmpty()).isTrue();
        assertThat(got.get("ConsumedCapacity").get(0).get("CapacityUnits").asDouble()).isEqualTo(1.5);
    }
}
