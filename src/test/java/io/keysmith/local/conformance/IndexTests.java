package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.n;
import static io.keysmith.local.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Query on global and local secondary indexes: sparse indexes, projections, paging keys and
 * consistency (Developer Guide, "Using Global Secondary Indexes", "Local secondary indexes").
 */
class IndexTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static String table;

    @BeforeAll
    static void createTable() {
        table = dynamo.createTable("index", r -> r
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("status").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("created").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("price").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(
                        g -> g.indexName("byStatus").projection(p -> p.projectionType(ProjectionType.ALL))
                                .keySchema(k -> k.attributeName("status").keyType(KeyType.HASH), k -> k.attributeName("created").keyType(KeyType.RANGE)),
                        g -> g.indexName("statusKeys").projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                                .keySchema(k -> k.attributeName("status").keyType(KeyType.HASH)),
                        g -> g.indexName("statusTitles").projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("title"))
                                .keySchema(k -> k.attributeName("status").keyType(KeyType.HASH), k -> k.attributeName("created").keyType(KeyType.RANGE)))
                .localSecondaryIndexes(l -> l.indexName("byPrice").projection(p -> p.projectionType(ProjectionType.ALL))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("price").keyType(KeyType.RANGE))));
        // eight open orders, two created at the same time (ties are ordered by the table key), two without status
        int[] created = {5, 3, 8, 3, 1, 9, 7, 2};
        for (int i = 0; i < created.length; i++) {
            put(item("pk", "c" + (i % 3), "sk", "o" + i, "status", "open", "created", n(created[i]), "price", n(100 - i * 10),
                    "title", "order " + i, "note", "n" + i));
        }
        put(item("pk", "c0", "sk", "draft1", "title", "no status", "price", n(1)));
        put(item("pk", "c1", "sk", "draft2", "created", n(4)));
    }

    @Test
    void aGsiHoldsOnlyItemsWithItsKeysInItsSortOrder() {
        QueryResponse open = queryOpen("byStatus", r -> { });

        // "Sparse indexes": an item without the index key attributes is not in the index
        assertThat(open.items()).extracting(i -> i.get("created").n()).containsExactly("1", "2", "3", "3", "5", "7", "8", "9");
        assertThat(open.items()).extracting(i -> i.get("sk").s()).containsExactlyInAnyOrder("o0", "o1", "o2", "o3", "o4", "o5", "o6", "o7");
        assertThat(open.items().getFirst()).isEqualTo(item("pk", "c1", "sk", "o4", "status", "open", "created", n(1),
                "price", n(60), "title", "order 4", "note", "n4"));
    }

    @Test
    void gsiPagesEndWithAKeyOfTheIndexAndTableKeys() {
        List<String> paged = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = queryOpen("byStatus", r -> r.limit(3).exclusiveStartKey(from));
            if (page.hasLastEvaluatedKey()) {
                Map<String, AttributeValue> last = page.items().getLast();
                // "Paginating table query results": LastEvaluatedKey of an index query holds the index and table keys
                assertThat(page.lastEvaluatedKey()).isEqualTo(item("status", "open", "created", last.get("created"),
                        "pk", last.get("pk"), "sk", last.get("sk")));
            }
            page.items().forEach(i -> paged.add(i.get("sk").s()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);

        // the two orders created at 3 fall on either side of the first page boundary: the next page resumes after the table key
        assertThat(paged).isEqualTo(queryOpen("byStatus", r -> { }).items().stream().map(i -> i.get("sk").s()).toList());
    }

    @Test
    void aKeysOnlyGsiReturnsTheTableAndIndexKeys() {
        QueryResponse keys = queryOpen("statusKeys", r -> { });

        assertThat(keys.items()).hasSize(8).allSatisfy(i -> assertThat(i.keySet()).containsExactlyInAnyOrder("pk", "sk", "status"));
    }

    @Test
    void anIncludeGsiReturnsTheKeysAndTheIncludedAttributes() {
        QueryResponse included = queryOpen("statusTitles", r -> { });

        assertThat(included.items()).hasSize(8)
                .allSatisfy(i -> assertThat(i.keySet()).containsExactlyInAnyOrder("pk", "sk", "status", "created", "title"));
    }

    @Test
    void allAttributesFromAGsiThatDoesNotProjectThemIsAValidationError() {
        // Query, Select: ALL_ATTRIBUTES on a GSI is allowed only when its projection is ALL
        Refusals.errorMessage(() -> queryOpen("statusKeys", r -> r.select(Select.ALL_ATTRIBUTES)), "ValidationException");
    }

    @Test
    void aStronglyConsistentReadOfAGsiIsRefused() {
        // "Reading data from a Global Secondary Index": GSIs support eventually consistent reads only
        Refusals.assertValidation(() -> queryOpen("byStatus", r -> r.consistentRead(true)),
                "Consistent reads are not supported on global secondary indexes");
    }

    @Test
    void anLsiQueryIsInItsSortOrderAndMayBeStronglyConsistent() {
        QueryResponse byPrice = dynamo.client().query(r -> r.tableName(table).indexName("byPrice").consistentRead(true)
                .keyConditionExpression("pk = :c AND price < :max").expressionAttributeValues(Map.of(":c", s("c0"), ":max", n(100))));

        // o0 costs 100, o3 70, o6 40, draft1 1
        assertThat(byPrice.items()).extracting(i -> i.get("sk").s()).containsExactly("draft1", "o6", "o3");
    }

    @Test
    void lsiPagesEndWithTheIndexAndTableKeys() {
        QueryResponse first = dynamo.client().query(r -> r.tableName(table).indexName("byPrice").limit(1)
                .keyConditionExpression("pk = :c").expressionAttributeValues(Map.of(":c", s("c0"))));

        assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", "c0", "sk", "draft1", "price", n(1)));
    }

    @Test
    void changingAGsiKeyMovesTheItemAndRemovingItTakesTheItemOut() {
        put(item("pk", "c9", "sk", "moving", "status", "open", "created", n(50)));
        dynamo.client().updateItem(r -> r.tableName(table).key(item("pk", "c9", "sk", "moving"))
                .updateExpression("SET #s = :closed").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":closed", s("closed"))));

        assertThat(queryOpen("byStatus", r -> { }).items()).extracting(i -> i.get("sk").s()).doesNotContain("moving");
        assertThat(dynamo.client().query(r -> r.tableName(table).indexName("byStatus").keyConditionExpression("#s = :closed")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":closed", s("closed")))).items())
                .extracting(i -> i.get("sk").s()).containsExactly("moving");

        dynamo.client().updateItem(r -> r.tableName(table).key(item("pk", "c9", "sk", "moving"))
                .updateExpression("REMOVE created"));
        assertThat(dynamo.client().query(r -> r.tableName(table).indexName("byStatus").keyConditionExpression("#s = :closed")
                .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":closed", s("closed")))).items())
                .isEmpty();
    }

    @Test
    void queryingAnUnknownIndexIsAValidationError() {
        Refusals.assertValidation(() -> queryOpen("noSuchIndex", r -> { }), "The table does not have the specified index: noSuchIndex");
    }

    private static QueryResponse queryOpen(String index, Consumer<QueryRequest.Builder> more) {
        return dynamo.client().query(r -> {
            r.tableName(table).indexName(index).keyConditionExpression("#s = :open")
                    .expressionAttributeNames(Map.of("#s", "status")).expressionAttributeValues(Map.of(":open", s("open")));
            more.accept(r);
        });
    }

    private static void put(Map<String, AttributeValue> item) {
        dynamo.client().putItem(r -> r.tableName(table).item(item));
    }
}
