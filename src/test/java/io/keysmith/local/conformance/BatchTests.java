package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.n;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem and BatchGetItem: limits, duplicates, several tables (API Reference of both). */
class BatchTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static String first;
    private static String second;

    @BeforeAll
    static void createTables() {
        first = dynamo.createTable("batch1", ScalarAttributeType.S, null);
        second = dynamo.createTable("batch2", ScalarAttributeType.N, null);
    }

    @Test
    void twentyFivePutsAreWrittenAndReadBackWhateverTheOrder() {
        List<WriteRequest> puts = IntStream.range(0, 25)
                .mapToObj(i -> WriteRequest.builder().putRequest(p -> p.item(item("pk", "k" + i, "v", n(i)))).build()).toList();

        BatchWriteItemResponse written = dynamo.client().batchWriteItem(r -> r.requestItems(Map.of(first, puts)));
        List<Map<String, AttributeValue>> keys = new ArrayList<>(IntStream.range(0, 25).mapToObj(i -> item("pk", "k" + i)).toList());
        keys.add(item("pk", "missing"));
        BatchGetItemResponse read = dynamo.client().batchGetItem(r -> r.requestItems(Map.of(first,
                KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));

        assertThat(written.unprocessedItems()).isEmpty();
        // BatchGetItem: items come in no particular order; a key without an item is left out
        assertThat(read.responses().get(first)).hasSize(25)
                .extracting(i -> i.get("pk").s()).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 25).mapToObj(i -> "k" + i).toList());
        assertThat(read.unprocessedKeys()).isEmpty();
    }

    @Test
    void twentySixWritesAreAValidationError() {
        List<WriteRequest> puts = IntStream.range(0, 26)
                .mapToObj(i -> WriteRequest.builder().putRequest(p -> p.item(item("pk", "over" + i))).build()).toList();

        // BatchWriteItem: "up to 25 item put or delete operations"
        Refusals.assertValidationContaining(() -> dynamo.client().batchWriteItem(r -> r.requestItems(Map.of(first, puts))),
                "Member must have length less than or equal to 25");
        assertThat(dynamo.client().getItem(r -> r.tableName(first).key(item("pk", "over0"))).hasItem()).isFalse();
    }

    @Test
    void twoWritesOfOneItemInABatchAreAValidationError() {
        List<WriteRequest> writes = List.of(
                WriteRequest.builder().putRequest(p -> p.item(item("pk", "dup", "v", n(1)))).build(),
                WriteRequest.builder().deleteRequest(d -> d.key(item("pk", "dup"))).build());

        // BatchWriteItem: "There are multiple requests to perform operations on the same item"
        Refusals.assertValidation(() -> dynamo.client().batchWriteItem(r -> r.requestItems(Map.of(first, writes))),
                "Provided list of item keys contains duplicates");
    }

    @Test
    void oneKeyTwiceInABatchGetIsAValidationError() {
        Refusals.assertValidation(() -> dynamo.client().batchGetItem(r -> r.requestItems(Map.of(first,
                        KeysAndAttributes.builder().keys(item("pk", "a"), item("pk", "a")).build()))),
                "Provided list of item keys contains duplicates");
    }

    @Test
    void moreThanAHundredKeysInABatchGetIsAValidationError() {
        List<Map<String, AttributeValue>> sixty = IntStream.range(0, 60).mapToObj(i -> item("pk", "many" + i)).toList();
        List<Map<String, AttributeValue>> fortyOne = IntStream.range(0, 41).mapToObj(i -> item("pk", n(i))).toList();

        // BatchGetItem: "If you request more than 100 items, BatchGetItem returns a ValidationException with the
        // message 'Too many items requested for the BatchGetItem call.'" (counted over all tables)
        Refusals.assertValidation(() -> dynamo.client().batchGetItem(r -> r.requestItems(Map.of(
                first, KeysAndAttributes.builder().keys(sixty).build(),
                second, KeysAndAttributes.builder().keys(fortyOne).build()))), "Too many items requested for the BatchGetItem call");
    }

    @Test
    void putsAndDeletesSpanTablesAndBatchGetProjects() {
        dynamo.client().putItem(r -> r.tableName(second).item(item("pk", n(1), "old", "yes")));
        dynamo.client().batchWriteItem(r -> r.requestItems(Map.of(
                first, List.of(WriteRequest.builder().putRequest(p -> p.item(item("pk", "span", "a", "1", "b", "2"))).build()),
                second, List.of(WriteRequest.builder().deleteRequest(d -> d.key(item("pk", n(1)))).build(),
                        WriteRequest.builder().putRequest(p -> p.item(item("pk", n(2), "a", "x"))).build()))));

        BatchGetItemResponse read = dynamo.client().batchGetItem(r -> r.requestItems(Map.of(
                first, KeysAndAttributes.builder().keys(item("pk", "span")).projectionExpression("b").build(),
                second, KeysAndAttributes.builder().keys(item("pk", n(1)), item("pk", n(2))).build())));

        assertThat(read.responses().get(first)).containsExactly(item("b", "2"));
        assertThat(read.responses().get(second)).containsExactly(item("pk", n(2), "a", "x"));
    }

    @Test
    void aBatchOnAnUnknownTableIsResourceNotFound() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dynamo.client().batchWriteItem(r -> r.requestItems(Map.of("ks-missing",
                        List.of(WriteRequest.builder().putRequest(p -> p.item(item("pk", "a"))).build())))))
                .isInstanceOf(ResourceNotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dynamo.client().batchGetItem(r -> r.requestItems(Map.of("ks-missing",
                        KeysAndAttributes.builder().keys(item("pk", "a")).build()))))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
