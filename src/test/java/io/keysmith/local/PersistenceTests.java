package io.keysmith.local;

import static io.keysmith.local.Engines.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class PersistenceTests {

    @TempDir
    Path dir;

    private static final String TABLE = """
            {"TableName":"tbl","BillingMode":"PAY_PER_REQUEST",
             "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"N"},{"AttributeName":"g","AttributeType":"S"}],
             "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
             "GlobalSecondaryIndexes":[{"IndexName":"ByG","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}}]}""";

    private static void write(LocalEngine engine) {
        call(engine, "CreateTable", TABLE);
        for (int i = 0; i < 30; i++) {
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"" + i + "\"},\"g\":{\"S\":\"g" + (i % 3) + "\"}}");
        }
        call(engine, "DeleteItem", "{\"TableName\":\"tbl\",\"Key\":{\"pk\":{\"S\":\"p\"},\"sk\":{\"N\":\"0\"}}}");
        call(engine, "BatchWriteItem", """
                {"RequestItems":{"tbl":[{"PutRequest":{"Item":{"pk":{"S":"q"},"sk":{"N":"1"}}}},{"DeleteRequest":{"Key":{"pk":{"S":"p"},"sk":{"N":"1"}}}}]}}""");
        call(engine, "UpdateTimeToLive", "{\"TableName\":\"tbl\",\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"exp\"}}");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"last\"},\"sk\":{\"N\":\"1\"},\"g\":{\"S\":\"g0\"}}");
    }

    private static long count(LocalEngine engine, String index) {
        JsonNode table = call(engine, "DescribeTable", "{\"TableName\":\"tbl\"}").get("Table");
        return index == null ? table.get("ItemCount").asLong() : table.get("GlobalSecondaryIndexes").get(0).get("ItemCount").asLong();
    }

    @Test
    void aTornLastRecordIsIgnoredAndEveryCompleteOneReplayed() throws Exception {
        LocalEngine killed = LocalEngine.persistent(dir);
        write(killed);
        // no close(): as if the process died while appending its last record
        Path wal = dir.resolve("wal.log");
        try (RandomAccessFile file = new RandomAccessFile(wal.toFile(), "rw")) {
            file.setLength(file.length() - 3);
        }
        try (LocalEngine reopened = LocalEngine.persistent(dir)) {
            assertThat(count(reopened, null)).isEqualTo(29); // 30 - 2 deleted + q, without "last"
            assertThat(count(reopened, "ByG")).isEqualTo(28);
            assertThat(call(reopened, "DescribeTimeToLive", "{\"TableName\":\"tbl\"}").get("TimeToLiveDescription").get("AttributeName").asString())
                    .isEqualTo("exp");
            assertThat(call(reopened, "GetItem", "{\"TableName\":\"tbl\",\"Key\":{\"pk\":{\"S\":\"q\"},\"sk\":{\"N\":\"1\"}}}").has("Item")).isTrue();
            // writes after the torn tail are kept too
            Engines.put(reopened, "tbl", "{\"pk\":{\"S\":\"after\"},\"sk\":{\"N\":\"1\"}}");
        }
        try (LocalEngine again = LocalEngine.persistent(dir)) {
            assertThat(count(again, null)).isEqualTo(30);
        }
    }

    @Test
    void closingWritesASnapshotAndEmptiesTheLog() throws Exception {
        try (LocalEngine engine = LocalEngine.persistent(dir)) {
            write(engine);
        }
        assertThat(Files.size(dir.resolve("wal.log"))).isZero();
        assertThat(Files.exists(dir.resolve("snapshot.bin"))).isTrue();
        try (LocalEngine reopened = LocalEngine.persistent(dir)) {
            assertThat(count(reopened, null)).isEqualTo(30);
            assertThat(count(reopened, "ByG")).isEqualTo(29);
            JsonNode page = Engines.queryPartition(reopened, "tbl", "ByG", "g", "{\"S\":\"g2\"}", null);
            assertThat(page.get("Count").asInt()).isEqualTo(10);
            call(reopened, "DeleteTable", "{\"TableName\":\"tbl\"}");
        }
        try (LocalEngine empty = LocalEngine.persistent(dir)) {
            assertThat(call(empty, "ListTables", "{}").get("TableNames")).isEmpty();
        }
    }
}
