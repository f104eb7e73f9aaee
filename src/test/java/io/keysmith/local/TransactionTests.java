package io.keysmith.local;

import static io.keysmith.local.Engines.call;
import static io.keysmith.local.Engines.error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TransactionTests {

    private final LocalEngine engine = LocalEngine.inMemory();

    @BeforeEach
    void table() {
        Engines.createTable(engine, "S");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"acct\"},\"sk\":{\"S\":\"a\"},\"balance\":{\"N\":\"10\"}}");
        Engines.put(engine, "tbl", "{\"pk\":{\"S\":\"acct\"},\"sk\":{\"S\":\"b\"},\"balance\":{\"N\":\"0\"}}");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static String transfer(int amount, String token) {
        return """
                {"TransactItems":[
                  {"Update":{"TableName":"tbl","Key":{"pk":{"S":"acct"},"sk":{"S":"a"}},"UpdateExpression":"SET balance = balance - :n",
                    "ConditionExpression":"balance >= :n","ExpressionAttributeValues":{":n":{"N":"%d"}},"ReturnValuesOnConditionCheckFailure":"ALL_OLD"}},
                  {"Update":{"TableName":"tbl","Key":{"pk":{"S":"acct"},"sk":{"S":"b"}},"UpdateExpression":"SET balance = balance + :n",
                    "ExpressionAttributeValues":{":n":{"N":"%d"}}}},
                  {"Put":{"TableName":"tbl","Item":{"pk":{"S":"log"},"sk":{"S":"%d"}}}}]%s}""".formatted(amount, amount, amount,
                token == null ? "" : ",\"ClientRequestToken\":\"" + token + "\"");
    }

    private String balance(String sk) {
        return call(engine, "GetItem", "{\"TableName\":\"tbl\",\"ConsistentRead\":true,\"Key\":{\"pk\":{\"S\":\"acct\"},\"sk\":{\"S\":\"" + sk + "\"}}}")
                .get("Item").get("balance").get("N").asString();
    }

    @Test
    void aTransactionAppliesEveryAction() {
        JsonNode response = call(engine, "TransactWriteItems", transfer(4, null).replace("]}", "],\"ReturnConsumedCapacity\":\"TOTAL\"}"));
        assertThat(balance("a")).isEqualTo("6");
        assertThat(balance("b")).isEqualTo("4");
        assertThat(response.get("ConsumedCapacity").get(0).get("CapacityUnits").asDouble()).isEqualTo(6.0);
    }

    @Test
    void aFailedConditionCancelsEveryActionWithReasons() {
        DynamoException e = error(engine, "TransactWriteItems", transfer(11, null));
        assertThat(e.type()).isEqualTo(ErrorType.TRANSACTION_CANCELED);
        assertThat(e.getMessage()).isEqualTo(
                "Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None, None]");
        assertThat(e.reasons().get(0).item()).containsKey("balance");
        assertThat(e.reasons().get(1).code()).isEqualTo("None");
        assertThat(balance("a")).isEqualTo("10");
        assertThat(balance("b")).isEqualTo("0");
        assertThat(call(engine, "Scan", "{\"TableName\":\"tbl\"}").get("Count").asInt()).isEqualTo(2);
    }

    @Test
    void twoActionsOnOneItemAreRefused() {
        assertThat(error(engine, "TransactWriteItems", """
                {"TransactItems":[{"Delete":{"TableName":"tbl","Key":{"pk":{"S":"acct"},"sk":{"S":"a"}}}},
                  {"ConditionCheck":{"TableName":"tbl","Key":{"pk":{"S":"acct"},"sk":{"S":"a"}},"ConditionExpression":"attribute_exists(pk)"}}]}""")
                .getMessage()).isEqualTo("Transaction request cannot include multiple operations on one item");
    }

    @Test
    void aRepeatedTokenDoesNotApplyTwice() {
        call(engine, "TransactWriteItems", transfer(3, "token-1"));
        call(engine, "TransactWriteItems", transfer(3, "token-1"));
        assertThat(balance("a")).isEqualTo("7");
        assertThat(error(engine, "TransactWriteItems", transfer(2, "token-1")).type()).isEqualTo(ErrorType.IDEMPOTENT_PARAMETER_MISMATCH);
    }

    @Test
    void transactGetReadsSeveralItems() {
        JsonNode got = call(engine, "TransactGetItems", """
                {"TransactItems":[{"Get":{"TableName":"tbl","Key":{"pk":{"S":"acct"},"sk":{"S":"a"}},"ProjectionExpression":"balance"}},
                  {"Get":{"TableName":"tbl","Key":{"pk":{"S":"acct"},"sk":{"S":"zzz"}}}}]}""");
        assertThat(got.get("Responses").get(0).get("Item").toString()).isEqualTo("{\"balance\":{\"N\":\"10\"}}");
        assertThat(got.get("Responses").get(1).isEmpty()).isTrue();
    }
}
