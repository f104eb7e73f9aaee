package io.keysmith.local;

import static io.keysmith.local.Engines.call;
import static io.keysmith.local.Engines.error;
import static io.keysmith.local.Engines.strings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ExpressionFeatureTests {

    private final LocalEngine engine = LocalEngine.inMemory();

    @BeforeEach
    void table() {
        call(engine, "CreateTable", """
                {"TableName":"tbl","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"S"},
                   {"AttributeName":"status","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
                 "GlobalSecondaryIndexes":[{"IndexName":"ByStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}}]}""");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void updateItemCreatesTheItemWhenAbsentAndReturnsUpdatedValues() {
        JsonNode created = call(engine, "UpdateItem", """
                {"TableName":"tbl","Key":{"pk":{"S":"a"},"sk":{"S":"1"}},"UpdateExpression":"SET #n = :one ADD visits :one",
                 "ExpressionAttributeNames":{"#n":"count"},"ExpressionAttributeValues":{":one":{"N":"1"}},"ReturnValues":"ALL_NEW"}""");
        assertThat(created.get("Attributes").get("visits").get("N").asString()).isEqualTo("1");
        assertThat(created.get("Attributes").get("pk").get("S").asString()).isEqualTo("a");
        JsonNode updated = call(engine, "UpdateItem", """
                {"TableName":"tbl","Key":{"pk":{"S":"a"},"sk":{"S":"1"}},"UpdateExpression":"ADD visits :one",
                 "ExpressionAttributeValues":{":one":{"N":"1"}},"ReturnValues":"UPDATED_OLD"}""");
        assertThat(updated.get("Attributes").toString()).isEqualTo("{\"visits\":{\"N\":\"1\"}}");
    }

    @Test
    void keyAttributesCannotBeUpdated() {
        assertThat(error(engine, "UpdateItem", """
                {"TableName":"tbl","Key":{"pk":{"S":"a"},"sk":{"S":"1"}},"UpdateExpression":"SET pk = :v","ExpressionAttributeValues":{":v":{"S":"b"}}}""")
                .getMessage()).isEqualTo("One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key");
    }

    @Test
    void aFailedConditionCanReturnTheCurrentItem() {
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"1\"},\"v\":{\"N\":\"5\"}}");
        DynamoException e = error(engine, "PutItem", """
                {"TableName":"tbl","Item":{"pk":{"S":"a"},"sk":{"S":"1"}},"ConditionExpression":"attribute_not_exists(pk)",
                 "ReturnValuesOnConditionCheckFailure":"ALL_OLD"}""");
        assertThat(e.type()).isEqualTo(ErrorType.CONDITIONAL_CHECK_FAILED);
        assertThat(e.item()).containsKey("v");
        // a condition on a missing item sees every attribute missing
        call(engine, "PutItem", """
                {"TableName":"tbl","Item":{"pk":{"S":"b"},"sk":{"S":"1"}},"ConditionExpression":"attribute_not_exists(pk) AND NOT v = :v",
                 "ExpressionAttributeValues":{":v":{"N":"5"}}}""");
        assertThat(error(engine, "DeleteItem", """
                {"TableName":"tbl","Key":{"pk":{"S":"b"},"sk":{"S":"1"}},"ConditionExpression":"v > :v","ExpressionAttributeValues":{":v":{"N":"1"}}}""")
                .type()).isEqualTo(ErrorType.CONDITIONAL_CHECK_FAILED);
    }

    @Test
    void unusedExpressionValuesAreRefused() {
        assertThat(error(engine, "PutItem", """
                {"TableName":"tbl","Item":{"pk":{"S":"a"},"sk":{"S":"1"}},"ConditionExpression":"attribute_not_exists(pk)",
                 "ExpressionAttributeValues":{":unused":{"S":"x"}}}""").getMessage()).contains(":unused");
    }

    @Test
    void aFilterCountsAfterTheReadAndAProjectionShapesTheItems() {
        for (int i = 0; i < 6; i++) {
            Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"p\"},\"sk\":{\"S\":\"s" + i + "\"},\"n\":{\"N\":\"" + i + "\"},\"x\":{\"S\":\"x\"}}");
        }
        JsonNode page = call(engine, "Query", """
                {"TableName":"tbl","KeyConditionExpression":"pk = :p AND sk > :s","FilterExpression":"n >= :min",
                 "ProjectionExpression":"sk, n","Limit":4,
                 "ExpressionAttributeValues":{":p":{"S":"p"},":s":{"S":"s0"},":min":{"N":"3"}}}""");
        assertThat(page.get("ScannedCount").asInt()).isEqualTo(4);
        assertThat(page.get("Count").asInt()).isEqualTo(2);
        assertThat(strings(page, "sk")).containsExactly("s3", "s4");
        assertThat(page.get("Items").get(0).has("x")).isFalse();
        assertThat(page.get("LastEvaluatedKey").get("sk").get("S").asString()).isEqualTo("s4");
    }

    @Test
    void anUpdateMovesAnItemBetweenIndexPartitionsAndOutOfTheIndex() {
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"1\"},\"status\":{\"S\":\"open\"}}");
        call(engine, "UpdateItem", """
                {"TableName":"tbl","Key":{"pk":{"S":"a"},"sk":{"S":"1"}},"UpdateExpression":"SET #s = :c",
                 "ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":c":{"S":"closed"}}}""");
        assertThat(countByStatus("open")).isZero();
        assertThat(countByStatus("closed")).isEqualTo(1);
        call(engine, "UpdateItem", """
                {"TableName":"tbl","Key":{"pk":{"S":"a"},"sk":{"S":"1"}},"UpdateExpression":"REMOVE #s","ExpressionAttributeNames":{"#s":"status"}}""");
        assertThat(countByStatus("closed")).isZero();
        JsonNode index = call(engine, "DescribeTable", "{\"TableName\":\"tbl\"}").get("Table").get("GlobalSecondaryIndexes").get(0);
        assertThat(index.get("ItemCount").asLong()).isZero();
    }

    private int countByStatus(String status) {
        return call(engine, "Query", """
                {"TableName":"tbl","IndexName":"ByStatus","KeyConditionExpression":"#s = :s","Select":"COUNT",
                 "ExpressionAttributeNames":{"#s":"status"},"ExpressionAttributeValues":{":s":{"S":"%s"}}}""".formatted(status)).get("Count").asInt();
    }

    @Test
    void aMultiAttributeSortKeyTakesEqualitiesThenARange() {
        call(engine, "CreateTable", """
                {"TableName":"events","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"},{"AttributeName":"tenant","AttributeType":"S"},
                   {"AttributeName":"year","AttributeType":"N"},{"AttributeName":"month","AttributeType":"N"}],
                 "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],
                 "GlobalSecondaryIndexes":[{"IndexName":"ByTime","KeySchema":[{"AttributeName":"tenant","KeyType":"HASH"},
                   {"AttributeName":"year","KeyType":"RANGE"},{"AttributeName":"month","KeyType":"RANGE"}],"Projection":{"ProjectionType":"ALL"}}]}""");
        int id = 0;
        for (int year = 2023; year <= 2025; year++) {
            for (int month = 1; month <= 12; month += 3) {
                Engines.put(engine, "events", "{\"id\":{\"S\":\"e" + (id++) + "\"},\"tenant\":{\"S\":\"t\"},\"year\":{\"N\":\"" + year
                        + "\"},\"month\":{\"N\":\"" + month + "\"}}");
            }
        }
        JsonNode page = call(engine, "Query", """
                {"TableName":"events","IndexName":"ByTime","KeyConditionExpression":"tenant = :t AND #y = :y AND #m BETWEEN :a AND :b",
                 "ExpressionAttributeNames":{"#y":"year","#m":"month"},
                 "ExpressionAttributeValues":{":t":{"S":"t"},":y":{"N":"2024"},":a":{"N":"2"},":b":{"N":"10"}},"ScanIndexForward":false}""");
        java.util.List<String> months = new java.util.ArrayList<>();
        page.get("Items").forEach(i -> months.add(i.get("month").get("N").asString()));
        assertThat(months).containsExactly("10", "7", "4");
        JsonNode years = call(engine, "Query", """
                {"TableName":"events","IndexName":"ByTime","KeyConditionExpression":"tenant = :t AND #y >= :y","Select":"COUNT",
                 "ExpressionAttributeNames":{"#y":"year"},"ExpressionAttributeValues":{":t":{"S":"t"},":y":{"N":"2024"}}}""");
        assertThat(years.get("Count").asInt()).isEqualTo(8);
    }
}
