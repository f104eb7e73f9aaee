package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.n;
import static io.keysmith.local.conformance.Values.padding;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * ReturnConsumedCapacity TOTAL and INDEXES with DynamoDB's arithmetic (Developer Guide, "DynamoDB
 * read and write operations": reads per 4 KB, half for eventually consistent, writes per 1 KB,
 * transactions double; "Provisioned throughput considerations for GSIs": one index write per entry,
 * two when an indexed key changes). Items are sized exactly: a String is its UTF-8 bytes plus the name.
 */
class ConsumedCapacityTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static String table;
    private static String sorted;

    @BeforeAll
    static void createTables() {
        table = dynamo.createTable("cap", r -> r
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("gk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byGk").projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                        .keySchema(k -> k.attributeName("gk").keyType(KeyType.HASH))));
        sorted = dynamo.createTable("capq", ScalarAttributeType.S, ScalarAttributeType.N);
    }

    @Test
    void aGetOf3500BytesIsOneUnitStronglyConsistentAndHalfEventually() {
        put(sized("get35", 3500));

        // "GetItem: ... a 3.5 KB item is rounded up to 4 KB"; eventually consistent is half
        assertThat(get("get35", true).capacityUnits()).isEqualTo(1.0);
        assertThat(get("get35", false).capacityUnits()).isEqualTo(0.5);
        assertThat(get("get35", true).tableName()).isEqualTo(table);
    }

    @Test
    void aGetOfAMissingItemStillCostsTheMinimum() {
        assertThat(get("never-put", true).capacityUnits()).isEqualTo(1.0);
        assertThat(get("never-put", false).capacityUnits()).isEqualTo(0.5);
    }

    @Test
    @Requires(Feature.INDEX_CAPACITY)
    void aPutOf1500BytesIsTwoUnitsAndOneMoreForTheGsiEntry() {
        ConsumedCapacity plain = putReturning(sized("put15", 1500), ReturnConsumedCapacity.TOTAL);
        Map<String, AttributeValue> indexed = sized("put15g", 1500 - "gk".length() - 1);
        indexed.put("gk", AttributeValue.fromS("g"));
        ConsumedCapacity withIndex = putReturning(indexed, ReturnConsumedCapacity.INDEXES);

        // writes are per 1 KB: 1500 bytes are 2 units; the KEYS_ONLY index entry is under 1 KB: 1 unit
        assertThat(plain.capacityUnits()).isEqualTo(2.0);
        assertThat(withIndex.capacityUnits()).isEqualTo(3.0);
        assertThat(withIndex.table().capacityUnits()).isEqualTo(2.0);
        assertThat(withIndex.globalSecondaryIndexes()).containsOnlyKeys("byGk");
        assertThat(withIndex.globalSecondaryIndexes().get("byGk").capacityUnits()).isEqualTo(1.0);
    }

    @Test
    @Requires(Feature.INDEX_CAPACITY)
    void changingAnIndexedKeyCostsTwoIndexWritesAndRemovingItOne() {
        Map<String, AttributeValue> indexed = sized("move", 900);
        indexed.put("gk", AttributeValue.fromS("a"));
        put(indexed);

        ConsumedCapacity moved = dynamo.client().updateItem(r -> r.tableName(table).key(item("pk", "move"))
                .updateExpression("SET gk = :b").expressionAttributeValues(Map.of(":b", AttributeValue.fromS("b")))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
        ConsumedCapacity removed = dynamo.client().updateItem(r -> r.tableName(table).key(item("pk", "move"))
                .updateExpression("REMOVE gk").returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();

        // "If a write to a table changes the value of an indexed key attribute, two writes are used to update the index"
        assertThat(moved.table().capacityUnits()).isEqualTo(1.0);
        assertThat(moved.globalSecondaryIndexes().get("byGk").capacityUnits()).isEqualTo(2.0);
        assertThat(moved.capacityUnits()).isEqualTo(3.0);
        assertThat(removed.globalSecondaryIndexes().get("byGk").capacityUnits()).isEqualTo(1.0);
        assertThat(removed.capacityUnits()).isEqualTo(2.0);
    }

    @Test
    void anUpdateCostsTheLargerOfTheItemBeforeAndAfter() {
        put(sized("grow", 500));

        ConsumedCapacity grown = dynamo.client().updateItem(r -> r.tableName(table).key(item("pk", "grow"))
                .updateExpression("SET more = :pad").expressionAttributeValues(Map.of(":pad", AttributeValue.fromS(padding(2000))))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
        ConsumedCapacity shrunk = dynamo.client().updateItem(r -> r.tableName(table).key(item("pk", "grow"))
                .updateExpression("REMOVE more").returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();

        // "UpdateItem: ... the larger of the item sizes before and after the update"; 2504 bytes are 3 units
        assertThat(grown.capacityUnits()).isEqualTo(3.0);
        assertThat(shrunk.capacityUnits()).isEqualTo(3.0);
    }

    @Test
    void aQueryAddsTheSizesOfItsItemsBeforeRoundingToFourKb() {
        for (int i = 0; i < 10; i++) {
            // pk "q" is 3 bytes, sk N of one digit 2 + 2, pad 3 + 990: 1000 bytes
            int sk = i;
            dynamo.client().putItem(r -> r.tableName(sorted).item(item("pk", "q", "sk", n(sk), "pad", padding(990))));
        }

        ConsumedCapacity strong = dynamo.client().query(r -> r.tableName(sorted).keyConditionExpression("pk = :q").consistentRead(true)
                .expressionAttributeValues(Map.of(":q", AttributeValue.fromS("q"))).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity();
        ConsumedCapacity eventual = dynamo.client().query(r -> r.tableName(sorted).keyConditionExpression("pk = :q")
                .expressionAttributeValues(Map.of(":q", AttributeValue.fromS("q"))).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity();

        // "Query: ... computes the total size of all items and then rounds up to the next 4 KB boundary": 10,000 bytes are 3 units
        assertThat(strong.capacityUnits()).isEqualTo(3.0);
        assertThat(eventual.capacityUnits()).isEqualTo(1.5);
    }

    @Test
    void aBatchGetRoundsEachItemSeparately() {
        put(sized("bg15", 1536));
        put(sized("bg65", 6656));

        var consumed = dynamo.client().batchGetItem(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .requestItems(Map.of(table, KeysAndAttributes.builder().consistentRead(true)
                        .keys(item("pk", "bg15"), item("pk", "bg65")).build()))).consumedCapacity();

        // "BatchGetItem: ... 1.5 KB and 6.5 KB ... 12 KB (4 KB + 8 KB)"
        assertThat(consumed).singleElement().satisfies(c -> assertThat(c.capacityUnits()).isEqualTo(3.0));
    }

    @Test
    void aBatchWriteAddsItsWrites() {
        var consumed = dynamo.client().batchWriteItem(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .requestItems(Map.of(table, List.of(WriteRequest.builder().putRequest(p -> p.item(sized("bw1", 1500))).build(),
                        WriteRequest.builder().putRequest(p -> p.item(sized("bw2", 1000))).build())))).consumedCapacity();

        assertThat(consumed).singleElement().satisfies(c -> assertThat(c.capacityUnits()).isEqualTo(3.0));
    }

    @Test
    @Requires(Feature.TRANSACTIONS)
    void transactionsCostTwiceAsMuch() {
        put(sized("tg35", 3500));

        var written = dynamo.client().transactWriteItems(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .transactItems(TransactWriteItem.builder().put(p -> p.tableName(table).item(sized("tw15", 1500))).build())).consumedCapacity();
        var read = dynamo.client().transactGetItems(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .transactItems(g -> g.get(x -> x.tableName(table).key(item("pk", "tg35"))))).consumedCapacity();

        // "A transactional write request of a 1 KB item requires two write units"; a transactional read of 4 KB two read units
        assertThat(written).singleElement().satisfies(c -> assertThat(c.capacityUnits()).isEqualTo(4.0));
        assertThat(read).singleElement().satisfies(c -> assertThat(c.capacityUnits()).isEqualTo(2.0));
    }

    /** An item of exactly {@code bytes}: its key plus an ASCII padding attribute. */
    private static Map<String, AttributeValue> sized(String pk, int bytes) {
        int rest = bytes - "pk".length() - pk.length() - "pad".length();
        return item("pk", pk, "pad", padding(rest));
    }

    private static void put(Map<String, AttributeValue> item) {
        dynamo.client().putItem(r -> r.tableName(table).item(item));
    }

    private static ConsumedCapacity putReturning(Map<String, AttributeValue> item, ReturnConsumedCapacity mode) {
        return dynamo.client().putItem(r -> r.tableName(table).item(item).returnConsumedCapacity(mode)).consumedCapacity();
    }

    private static ConsumedCapacity get(String pk, boolean consistent) {
        return dynamo.client().getItem(r -> r.tableName(table).key(item("pk", pk)).consistentRead(consistent)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
    }
}
