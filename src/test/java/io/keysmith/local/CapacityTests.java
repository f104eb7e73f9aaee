package io.keysmith.local;

import static io.keysmith.local.Engines.call;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CapacityTests {

    private final LocalEngine engine = LocalEngine.inMemory();

    @BeforeEach
    void table() {
        call(engine, "CreateTable", """
                {"TableName":"tbl","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"g","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"}],
                 "GlobalSecondaryIndexes":[{"IndexName":"GSI","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}]}""");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    /** An item of exactly {@code bytes} bytes: "pk" (2) + "a" (1) + "d" (1) + the filler. */
    private static String item(String pk, int bytes, String g) {
        return "{\"pk\":{\"S\":\"" + pk + "\"},\"d\":{\"S\":\"" + "x".repeat(bytes - 4 - (g == null ? 0 : 1 + g.length()) - pk.length() + 1) + "\"}"
                + (g == null ? "" : ",\"g\":{\"S\":\"" + g + "\"}") + "}";
    }

    @Test
    void aPutOfThreeAndAHalfKilobytesCostsFourWriteUnits() {
        JsonNode put = call(engine, "PutItem", "{\"TableName\":\"tbl\",\"ReturnConsumedCapacity\":\"TOTAL\",\"Item\":" + item("a", 3584, null) + "}");
        assertThat(put.get("ConsumedCapacity").get("CapacityUnits").asDouble()).isEqualTo(4.0);
        assertThat(put.get("ConsumedCapacity").get("TableName").asString()).isEqualTo("tbl");
    }

    @Test
    void aPutIntoAnIndexCostsTheIndexToo() {
        JsonNode put = call(engine, "PutItem", "{\"TableName\":\"tbl\",\"ReturnConsumedCapacity\":\"INDEXES\",\"Item\":" + item("a", 1500, "x") + "}");
        JsonNode c = put.get("ConsumedCapacity");
        assertThat(c.get("Table").get("CapacityUnits").asDouble()).isEqualTo(2.0);
        assertThat(c.get("GlobalSecondaryIndexes").get("GSI").get("CapacityUnits").asDouble()).isEqualTo(1.0);
        assertThat(c.get("CapacityUnits").asDouble()).isEqualTo(3.0);
        JsonNode moved = call(engine, "PutItem", "{\"TableName\":\"tbl\",\"ReturnConsumedCapacity\":\"INDEXES\",\"Item\":" + item("a", 1500, "y") + "}");
        assertThat(moved.get("ConsumedCapacity").get("GlobalSecondaryIndexes").get("GSI").get("CapacityUnits").asDouble()).isEqualTo(2.0);
        JsonNode sparse = call(engine, "PutItem", "{\"TableName\":\"tbl\",\"ReturnConsumedCapacity\":\"INDEXES\",\"Item\":" + item("b", 100, null) + "}");
        assertThat(sparse.get("ConsumedCapacity").has("GlobalSecondaryIndexes")).isFalse();
    }

    @Test
    void readsRoundEachItemUpToFourKilobytesAndHalveWhenEventual() {
        call(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":" + item("a", 6000, null) + "}");
        JsonNode eventual = call(engine, "GetItem", "{\"TableName\":\"tbl\",\"ReturnConsumedCapacity\":\"TOTAL\",\"Key\":{\"pk\":{\"S\":\"a\"}}}");
        assertThat(eventual.get("ConsumedCapacity").get("CapacityUnits").asDouble()).isEqualTo(1.0);
        JsonNode strong = call(engine, "GetItem", "{\"TableName\":\"tbl\",\"ConsistentRead\":true,\"ReturnConsumedCapacity\":\"TOTAL\",\"Key\":{\"pk\":{\"S\":\"a\"}}}");
        assertThat(strong.get("ConsumedCapacity").get("CapacityUnits").asDouble()).isEqualTo(2.0);
        assertThat(strong.get("ConsumedCapacity").get("ReadCapacityUnits").asDouble()).isEqualTo(2.0);
    }

    @Test
    void aScanSumsTheItemsReadBeforeRoundingUp() {
        for (int i = 0; i < 4; i++) {
            call(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":" + item("k" + i, 1500, null) + "}");
        }
        JsonNode scan = call(engine, "Scan", "{\"TableName\":\"tbl\",\"ReturnConsumedCapacity\":\"TOTAL\"}");
        // 6000 bytes -> 2 units of 4 KB, halved for an eventually consistent read
        assertThat(scan.get("ConsumedCapacity").get("CapacityUnits").asDouble()).isEqualTo(1.0);
    }
}
