package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** TransactWriteItems and TransactGetItems (API Reference of both; Developer Guide, "Amazon DynamoDB Transactions"). */
@Requires(Feature.TRANSACTIONS)
class TransactionTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static String table;

    @BeforeAll
    static void createTable() {
        table = dynamo.createTable("tx", ScalarAttributeType.S, null);
    }

    @Test
    void everyActionIsAppliedTogether() {
        put(item("pk", "t1-update", "n", n(1)));
        put(item("pk", "t1-delete"));
        put(item("pk", "t1-check", "ok", n(1)));

        dynamo.client().transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(item("pk", "t1-new")).conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(item("pk", "t1-update")).updateExpression("ADD n :one")
                        .expressionAttributeValues(Map.of(":one", n(1)))).build(),
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(item("pk", "t1-delete"))).build(),
                TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(item("pk", "t1-check"))
                        .conditionExpression("ok = :one").expressionAttributeValues(Map.of(":one", n(1)))).build()));

        assertThat(get("t1-new")).isEqualTo(item("pk", "t1-new"));
        assertThat(get("t1-update")).isEqualTo(item("pk", "t1-update", "n", n(2)));
        assertThat(get("t1-delete")).isNull();
    }

    @Test
    void oneFailedConditionCancelsEveryActionWithAReasonPerActionInOrder() {
        put(item("pk", "t2-a", "v", n(1)));
        put(item("pk", "t2-b", "v", n(1)));

        assertThatThrownBy(() -> dynamo.client().transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(table).item(item("pk", "t2-new"))).build(),
                        TransactWriteItem.builder().update(u -> u.tableName(table).key(item("pk", "t2-a")).updateExpression("SET v = :two")
                                .conditionExpression("v = :two").expressionAttributeValues(Map.of(":two", n(2)))
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build(),
                        TransactWriteItem.builder().delete(d -> d.tableName(table).key(item("pk", "t2-b"))).build())))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    // TransactWriteItems: "Transaction cancelled, please refer cancellation reasons for specific reasons [...]"
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(
                            "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, None]");
                    assertThat(e.cancellationReasons()).extracting(CancellationReason::code)
                            .containsExactly("None", "ConditionalCheckFailed", "None");
                    assertThat(e.cancellationReasons().get(1).message()).isEqualTo("The conditional request failed");
                    assertThat(e.cancellationReasons().get(1).item()).isEqualTo(item("pk", "t2-a", "v", n(1)));
                });

        assertThat(get("t2-new")).isNull();
        assertThat(get("t2-a")).isEqualTo(item("pk", "t2-a", "v", n(1)));
        assertThat(get("t2-b")).isEqualTo(item("pk", "t2-b", "v", n(1)));
    }

    @Test
    void twoActionsOnOneItemAreAValidationError() {
        // TransactWriteItems: "no two actions can target the same item"
        Refusals.assertValidation(() -> dynamo.client().transactWriteItems(r -> r.transactItems(
                        TransactWriteItem.builder().put(p -> p.tableName(table).item(item("pk", "t3", "v", n(1)))).build(),
                        TransactWriteItem.builder().conditionCheck(c -> c.tableName(table).key(item("pk", "t3"))
                                .conditionExpression("attribute_not_exists(pk)")).build())),
                "Transaction request cannot include multiple operations on one item");
        assertThat(get("t3")).isNull();
    }

    @Test
    void moreThanAHundredActionsAreAValidationError() {
        List<TransactWriteItem> actions = IntStream.range(0, 101)
                .mapToObj(i -> TransactWriteItem.builder().put(p -> p.tableName(table).item(item("pk", "t4-" + i))).build()).toList();

        // TransactWriteItems: "groups up to 100 action requests"
        Refusals.assertValidationContaining(() -> dynamo.client().transactWriteItems(r -> r.transactItems(actions)),
                "Member must have length less than or equal to 100");
    }

    @Test
    void aRepeatedClientRequestTokenAppliesTheTransactionOnce() {
        put(item("pk", "t5", "n", n(0)));
        List<TransactWriteItem> increment = List.of(TransactWriteItem.builder().update(u -> u.tableName(table).key(item("pk", "t5"))
                .updateExpression("ADD n :one").expressionAttributeValues(Map.of(":one", n(1)))).build());

        dynamo.client().transactWriteItems(r -> r.transactItems(increment).clientRequestToken("token-t5"));
        dynamo.client().transactWriteItems(r -> r.transactItems(increment).clientRequestToken("token-t5"));

        // TransactWriteItems, ClientRequestToken: repeated calls with the same token have the effect of one call
        assertThat(get("t5")).isEqualTo(item("pk", "t5", "n", n(1)));
        List<TransactWriteItem> other = List.of(TransactWriteItem.builder().put(p -> p.tableName(table).item(item("pk", "t5-other"))).build());
        assertThatThrownBy(() -> dynamo.client().transactWriteItems(r -> r.transactItems(other).clientRequestToken("token-t5")))
                .isInstanceOf(IdempotentParameterMismatchException.class);
    }

    @Test
    void transactGetItemsAnswersInTheOrderAskedWithEmptyEntriesForMissingItems() {
        put(item("pk", "t6-a", "v", n(1)));
        put(item("pk", "t6-b", "v", n(2), "w", n(3)));

        TransactGetItemsResponse read = dynamo.client().transactGetItems(r -> r.transactItems(
                g -> g.get(x -> x.tableName(table).key(item("pk", "t6-b")).projectionExpression("w")),
                g -> g.get(x -> x.tableName(table).key(item("pk", "t6-missing"))),
                g -> g.get(x -> x.tableName(table).key(item("pk", "t6-a")))));

        assertThat(read.responses()).hasSize(3);
        assertThat(read.responses().get(0).item()).isEqualTo(item("w", n(3)));
        assertThat(read.responses().get(1).hasItem()).isFalse();
        assertThat(read.responses().get(2).item()).isEqualTo(item("pk", "t6-a", "v", n(1)));
    }

    private static void put(Map<String, AttributeValue> item) {
        dynamo.client().putItem(r -> r.tableName(table).item(item));
    }

    private static Map<String, AttributeValue> get(String pk) {
        var response = dynamo.client().getItem(r -> r.tableName(table).key(item("pk", pk)).consistentRead(true));
        return response.hasItem() ? response.item() : null;
    }
}
