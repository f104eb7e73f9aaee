package io.keysmith.local;

import static io.keysmith.local.Engines.call;
import static io.keysmith.local.Engines.error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ItemOpsTests {

    private final LocalEngine engine = LocalEngine.inMemory();

    @BeforeEach
    void table() {
        call(engine, "CreateTable", """
                {"TableName":"tbl","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},{"AttributeName":"sk","AttributeType":"N"},
                   {"AttributeName":"gpk","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
                 "GlobalSecondaryIndexes":[{"IndexName":"GSI1","KeySchema":[{"AttributeName":"gpk","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"}}]}
                """);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void anItemPutIsReadBackWithEveryType() {
        String item = """
                {"pk":{"S":"a"},"sk":{"N":"1.50"},"b":{"B":"AAEC"},"t":{"BOOL":true},"z":{"NULL":true},"ss":{"SS":["x","y"]},
                 "ns":{"NS":["1","2.5"]},"l":{"L":[{"S":"q"},{"N":"-3"}]},"m":{"M":{"in":{"S":"v"}}}}""";
        Engines.put(engine, "tbl", item);
        JsonNode got = call(engine, "GetItem", "{\"TableName\":\"tbl\",\"Key\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1.5\"}}}").get("Item");
        assertThat(got.get("sk").get("N").asString()).isEqualTo("1.5");
        assertThat(got.get("b").get("B").asString()).isEqualTo("AAEC");
        assertThat(got.get("m").get("M").get("in").get("S").asString()).isEqualTo("v");
        assertThat(got.get("l").get("L").get(1).get("N").asString()).isEqualTo("-3");
        assertThat(got.size()).isEqualTo(9);
    }

    @Test
    void anAbsentItemGivesAnEmptyResponse() {
        assertThat(call(engine, "GetItem", "{\"TableName\":\"tbl\",\"Key\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}}").has("Item")).isFalse();
    }

    @Test
    void keysAreCheckedWithDynamoDbsMessages() {
        assertThat(error(engine, "GetItem", "{\"TableName\":\"tbl\",\"Key\":{\"pk\":{\"S\":\"a\"}}}").getMessage())
                .isEqualTo("The provided key element does not match the schema");
        assertThat(error(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"a\"}}}").getMessage())
                .isEqualTo("One or more parameter values were invalid: Missing the key sk in the item");
        assertThat(error(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"N\":\"1\"},\"sk\":{\"N\":\"1\"}}}").getMessage())
                .isEqualTo("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
        assertThat(error(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"\"},\"sk\":{\"N\":\"1\"}}}").getMessage())
                .isEqualTo("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
        assertThat(error(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"gpk\":{\"N\":\"1\"}}}").getMessage())
                .isEqualTo("One or more parameter values were invalid: Type mismatch for Index Key gpk Expected: S Actual: N IndexName: GSI1");
        assertThat(error(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"gpk\":{\"S\":\"\"}}}").getMessage())
                .contains("IndexName: GSI1, IndexKey: gpk");
        assertThat(error(engine, "PutItem", "{\"TableName\":\"nope\",\"Item\":{}}").type()).isEqualTo(ErrorType.RESOURCE_NOT_FOUND);
    }

    @Test
    void itemAndKeySizesAreLimited() {
        String big = "x".repeat(400 * 1024);
        assertThat(error(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"d\":{\"S\":\"" + big + "\"}}}")
                .getMessage()).isEqualTo("Item size has exceeded the maximum allowed size");
        assertThat(error(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"" + "k".repeat(2049) + "\"},\"sk\":{\"N\":\"1\"}}}")
                .getMessage()).contains("2048");
    }

    @Test
    void putReturnsTheOldItemWhenAskedAndDeleteRemovesIt() {
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"v\":{\"S\":\"old\"}}");
        JsonNode put = call(engine, "PutItem", "{\"TableName\":\"tbl\",\"ReturnValues\":\"ALL_OLD\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"v\":{\"S\":\"new\"}}}");
        assertThat(put.get("Attributes").get("v").get("S").asString()).isEqualTo("old");
        assertThat(error(engine, "PutItem", "{\"TableName\":\"tbl\",\"ReturnValues\":\"ALL_NEW\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}}")
                .getMessage()).isEqualTo("ReturnValues can only be ALL_OLD or NONE");
        JsonNode deleted = call(engine, "DeleteItem", "{\"TableName\":\"tbl\",\"ReturnValues\":\"ALL_OLD\",\"Key\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}}");
        assertThat(deleted.get("Attributes").get("v").get("S").asString()).isEqualTo("new");
        assertThat(call(engine, "DescribeTable", "{\"TableName\":\"tbl\"}").get("Table").get("ItemCount").asLong()).isZero();
    }

    @Test
    void expressionValuesWithoutExpressionsAreRefused() {
        assertThat(error(engine, "PutItem", "{\"TableName\":\"tbl\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}},\"ExpressionAttributeValues\":{\":v\":{\"S\":\"x\"}}}")
                .getMessage()).isEqualTo("ExpressionAttributeValues can only be specified when using expressions");
    }

    @Test
    void attributesToGetProjectsAGet() {
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"},\"v\":{\"S\":\"x\"},\"w\":{\"S\":\"y\"}}");
        JsonNode got = call(engine, "GetItem", "{\"TableName\":\"tbl\",\"AttributesToGet\":[\"w\"],\"Key\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"N\":\"1\"}}}");
        assertThat(got.get("Item").toString()).isEqualTo("{\"w\":{\"S\":\"y\"}}");
    }
}
