package io.keysmith.local;

import static io.keysmith.local.Engines.call;
import static io.keysmith.local.Engines.error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TableOpsTests {

    private final LocalEngine engine = LocalEngine.inMemory();

    @AfterEach
    void close() {
        engine.close();
    }

    private static final String WITH_INDEXES = """
            {"TableName":"Orders","BillingMode":"PROVISIONED","ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":3},
             "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
               {"AttributeName":"g1","AttributeType":"S"},{"AttributeName":"g2","AttributeType":"N"},{"AttributeName":"l1","AttributeType":"N"}],
             "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
             "GlobalSecondaryIndexes":[{"IndexName":"GSI1","KeySchema":[{"AttributeName":"g1","KeyType":"HASH"},{"AttributeName":"g2","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
               "Projection":{"ProjectionType":"INCLUDE","NonKeyAttributes":["total"]},"ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}],
             "LocalSecondaryIndexes":[{"IndexName":"LSI1","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"l1","KeyType":"RANGE"}],
               "Projection":{"ProjectionType":"KEYS_ONLY"}}]}
            """;

    @Test
    void aCreatedTableIsDescribedWithItsKeysIndexesAndThroughput() {
        JsonNode created = call(engine, "CreateTable", WITH_INDEXES).get("TableDescription");
        assertThat(created.get("TableStatus").asString()).isEqualTo("ACTIVE");
        JsonNode table = call(engine, "DescribeTable", "{\"TableName\":\"Orders\"}").get("Table");
        assertThat(table.get("TableArn").asString()).isEqualTo("arn:aws:dynamodb:ddblocal:000000000000:table/Orders");
        assertThat(table.get("CreationDateTime").isNumber()).isTrue();
        assertThat(table.get("ItemCount").asLong()).isZero();
        assertThat(table.get("ProvisionedThroughput").get("ReadCapacityUnits").asLong()).isEqualTo(5);
        assertThat(table.get("BillingModeSummary").get("BillingMode").asString()).isEqualTo("PROVISIONED");
        JsonNode gsi = table.get("GlobalSecondaryIndexes").get(0);
        assertThat(gsi.get("IndexStatus").asString()).isEqualTo("ACTIVE");
        assertThat(gsi.get("KeySchema")).hasSize(3);
        assertThat(gsi.get("IndexArn").asString()).endsWith("table/Orders/index/GSI1");
        assertThat(gsi.get("Projection").get("NonKeyAttributes").get(0).asString()).isEqualTo("total");
        assertThat(table.get("LocalSecondaryIndexes").get(0).get("IndexName").asString()).isEqualTo("LSI1");
    }

    @Test
    void aSecondTableOfTheSameNameIsRefused() {
        call(engine, "CreateTable", WITH_INDEXES);
        DynamoException e = error(engine, "CreateTable", WITH_INDEXES);
        assertThat(e.type()).isEqualTo(ErrorType.RESOURCE_IN_USE);
        assertThat(e.getMessage()).isEqualTo("Table already exists: Orders");
    }

    @Test
    void namesAndDefinitionsAreValidated() {
        assertThat(error(engine, "CreateTable", "{}").getMessage()).isEqualTo(
                "1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member must not be null");
        assertThat(error(engine, "CreateTable", WITH_INDEXES.replace("\"Orders\"", "\"ab\"")).getMessage())
                .contains("Member must have length greater than or equal to 3");
        assertThat(error(engine, "CreateTable", WITH_INDEXES.replace("{\"AttributeName\":\"l1\",\"AttributeType\":\"N\"}", "{\"AttributeName\":\"x\",\"AttributeType\":\"N\"}"))
                .getMessage()).contains("Some index key attributes are not defined in AttributeDefinitions");
        assertThat(error(engine, "DescribeTable", "{\"TableName\":\"Nope\"}").type()).isEqualTo(ErrorType.RESOURCE_NOT_FOUND);
    }

    @Test
    void listTablesPagesByName() {
        for (String name : new String[] {"ccc", "aaa", "bbb"}) {
            call(engine, "CreateTable", WITH_INDEXES.replace("Orders", name));
        }
        JsonNode first = call(engine, "ListTables", "{\"Limit\":2}");
        assertThat(first.get("TableNames").toString()).isEqualTo("[\"aaa\",\"bbb\"]");
        assertThat(first.get("LastEvaluatedTableName").asString()).isEqualTo("bbb");
        JsonNode second = call(engine, "ListTables", "{\"Limit\":2,\"ExclusiveStartTableName\":\"bbb\"}");
        assertThat(second.get("TableNames").toString()).isEqualTo("[\"ccc\"]");
        assertThat(second.has("LastEvaluatedTableName")).isFalse();
    }

    @Test
    void deleteTableReturnsItDeletingAndForgetsIt() {
        call(engine, "CreateTable", WITH_INDEXES);
        assertThat(call(engine, "DeleteTable", "{\"TableName\":\"Orders\"}").get("TableDescription").get("TableStatus").asString())
                .isEqualTo("DELETING");
        assertThat(call(engine, "ListTables", "{}").get("TableNames")).isEmpty();
    }

    @Test
    void anIndexCreatedLaterIsFilledWithExistingItems() {
        Engines.createTable(engine, "S");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"1\"},\"status\":{\"S\":\"open\"}}");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"b\"},\"sk\":{\"S\":\"1\"}}");
        call(engine, "UpdateTable", """
                {"TableName":"tbl","AttributeDefinitions":[{"AttributeName":"status","AttributeType":"S"}],
                 "GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"ByStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"}],
                   "Projection":{"ProjectionType":"ALL"}}}]}
                """);
        JsonNode page = Engines.queryPartition(engine, "tbl", "ByStatus", "status", "{\"S\":\"open\"}", null);
        assertThat(page.get("Count").asInt()).isEqualTo(1);
        JsonNode index = call(engine, "DescribeTable", "{\"TableName\":\"tbl\"}").get("Table").get("GlobalSecondaryIndexes").get(0);
        assertThat(index.get("ItemCount").asLong()).isEqualTo(1);
        call(engine, "UpdateTable", "{\"TableName\":\"tbl\",\"GlobalSecondaryIndexUpdates\":[{\"Delete\":{\"IndexName\":\"ByStatus\"}}]}");
        JsonNode table = call(engine, "DescribeTable", "{\"TableName\":\"tbl\"}").get("Table");
        assertThat(table.has("GlobalSecondaryIndexes")).isFalse();
        assertThat(table.get("AttributeDefinitions")).hasSize(2);
    }

    @Test
    void timeToLiveAndTagsAreKept() {
        Engines.createTable(engine, "S");
        call(engine, "UpdateTimeToLive", "{\"TableName\":\"tbl\",\"TimeToLiveSpecification\":{\"Enabled\":true,\"AttributeName\":\"exp\"}}");
        assertThat(call(engine, "DescribeTimeToLive", "{\"TableName\":\"tbl\"}").get("TimeToLiveDescription").get("TimeToLiveStatus").asString())
                .isEqualTo("ENABLED");
        String arn = "arn:aws:dynamodb:ddblocal:000000000000:table/tbl";
        call(engine, "TagResource", "{\"ResourceArn\":\"" + arn + "\",\"Tags\":[{\"Key\":\"team\",\"Value\":\"x\"},{\"Key\":\"env\",\"Value\":\"dev\"}]}");
        call(engine, "UntagResource", "{\"ResourceArn\":\"" + arn + "\",\"TagKeys\":[\"env\"]}");
        assertThat(call(engine, "ListTagsOfResource", "{\"ResourceArn\":\"" + arn + "\"}").get("Tags").toString())
                .isEqualTo("[{\"Key\":\"team\",\"Value\":\"x\"}]");
    }

    @Test
    void anUnknownOperationIsRefused() {
        assertThat(error(engine, "FlyToTheMoon", "{}").type()).isEqualTo(ErrorType.UNKNOWN_OPERATION);
    }
}
