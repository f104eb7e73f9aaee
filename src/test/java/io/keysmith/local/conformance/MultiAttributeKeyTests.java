package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.n;
import static io.keysmith.local.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * GSIs whose key has several partition and sort attributes (Developer Guide, "Multi-attribute keys
 * pattern", November 2025): a query gives every partition attribute with {@code =}, and conditions
 * on the sort attributes from left to right, {@code =} on all but the last, which may take any
 * sort key condition; items lacking any key attribute are not in the index.
 */
@Requires(Feature.MULTI_ATTRIBUTE_KEYS)
class MultiAttributeKeyTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static String table;

    @BeforeAll
    static void createTable() {
        table = dynamo.createTable("multi", r -> r
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("tournament").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("region").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("round").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("bracket").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byMatch").projection(p -> p.projectionType(ProjectionType.ALL))
                        .keySchema(k -> k.attributeName("tournament").keyType(KeyType.HASH),
                                k -> k.attributeName("region").keyType(KeyType.HASH),
                                k -> k.attributeName("round").keyType(KeyType.RANGE),
                                k -> k.attributeName("bracket").keyType(KeyType.RANGE))));
        match("m1", "T1", "EU", 2, "A");
        match("m2", "T1", "EU", 1, "B");
        match("m3", "T1", "EU", 10, "C");
        match("m4", "T1", "EU", 1, "A");
        match("m5", "T1", "NA", 1, "A");
        match("m6", "T2", "EU", 1, "A");
        dynamo.client().putItem(r -> r.tableName(table).item(item("id", "m7", "tournament", "T1", "region", "EU", "round", n(3))));
    }

    @Test
    void theIndexIsDescribedWithEveryKeyAttributeInOrder() {
        var index = dynamo.client().describeTable(r -> r.tableName(table)).table().globalSecondaryIndexes().getFirst();

        assertThat(index.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
                .containsExactly("tournament HASH", "region HASH", "round RANGE", "bracket RANGE");
    }

    @Test
    void equalityOnEveryPartitionAttributeReturnsThePartitionSortedByEachSortAttributeInTurn() {
        // m7 lacks bracket, so it is not in the index; round is a Number: 10 comes after 2
        assertThat(ids(query("", Map.of()))).containsExactly("m4", "m2", "m1", "m3");
    }

    @Test
    void theLastSortAttributeOfAConditionMayTakeARange() {
        assertThat(ids(query(" AND round = :one", Map.of(":one", n(1))))).containsExactly("m4", "m2");
        assertThat(ids(query(" AND round = :one AND bracket > :a", Map.of(":one", n(1), ":a", s("A"))))).containsExactly("m2");
        assertThat(ids(query(" AND round BETWEEN :one AND :two", Map.of(":one", n(1), ":two", n(2))))).containsExactly("m4", "m2", "m1");
        assertThat(ids(query(" AND round >= :two", Map.of(":two", n(2))))).containsExactly("m1", "m3");
        assertThat(ids(query(" AND round = :one AND begins_with(bracket, :b)", Map.of(":one", n(1), ":b", s("B"))))).containsExactly("m2");
    }

    @Test
    void pagesEndWithEveryIndexKeyAttributeAndTheTableKey() {
        QueryResponse first = dynamo.client().query(r -> r.tableName(table).indexName("byMatch").limit(1)
                .keyConditionExpression("tournament = :t AND #region = :r")
                .expressionAttributeNames(Map.of("#region", "region"))
                .expressionAttributeValues(Map.of(":t", s("T1"), ":r", s("EU"))));
        QueryResponse second = dynamo.client().query(r -> r.tableName(table).indexName("byMatch").limit(1)
                .exclusiveStartKey(first.lastEvaluatedKey()).scanIndexForward(true)
                .keyConditionExpression("tournament = :t AND #region = :r")
                .expressionAttributeNames(Map.of("#region", "region"))
                .expressionAttributeValues(Map.of(":t", s("T1"), ":r", s("EU"))));

        assertThat(first.lastEvaluatedKey()).isEqualTo(item("id", "m4", "tournament", "T1", "region", "EU", "round", n(1), "bracket", "A"));
        assertThat(ids(second)).containsExactly("m2");
    }

    @Test
    void aQueryWithoutEveryPartitionAttributeIsAValidationError() {
        Refusals.errorMessage(() -> dynamo.client().query(r -> r.tableName(table).indexName("byMatch")
                .keyConditionExpression("tournament = :t").expressionAttributeValues(Map.of(":t", s("T1")))), "ValidationException");
    }

    @Test
    void skippingASortAttributeOrConditioningOnePastARangeIsAValidationError() {
        Refusals.errorMessage(() -> query(" AND bracket = :a", Map.of(":a", s("A"))), "ValidationException");
        Refusals.errorMessage(() -> query(" AND round > :one AND bracket = :a", Map.of(":one", n(1), ":a", s("A"))), "ValidationException");
    }

    @Test
    void scanningTheIndexReturnsOnlyItemsWithEveryKeyAttribute() {
        assertThat(dynamo.client().scan(r -> r.tableName(table).indexName("byMatch")).items())
                .extracting(i -> i.get("id").s()).containsExactlyInAnyOrder("m1", "m2", "m3", "m4", "m5", "m6");
    }

    private static QueryResponse query(String sortCondition, Map<String, AttributeValue> sortValues) {
        Map<String, AttributeValue> values = new HashMap<>(sortValues);
        values.put(":t", s("T1"));
        values.put(":r", s("EU"));
        return dynamo.client().query(r -> r.tableName(table).indexName("byMatch")
                .keyConditionExpression("tournament = :t AND #region = :r" + sortCondition)
                .expressionAttributeNames(Map.of("#region", "region")).expressionAttributeValues(values));
    }

    private static List<String> ids(QueryResponse response) {
        return response.items().stream().map(i -> i.get("id").s()).toList();
    }

    private static void match(String id, String tournament, String region, int round, String bracket) {
        dynamo.client().putItem(r -> r.tableName(table).item(item("id", id, "tournament", tournament, "region", region,
                "round", n(round), "bracket", bracket)));
    }
}
