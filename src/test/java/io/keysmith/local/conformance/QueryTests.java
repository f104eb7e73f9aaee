package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.b;
import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.n;
import static io.keysmith.local.conformance.Values.padding;
import static io.keysmith.local.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Query on a table: sort order per key type, key conditions, direction, Limit and 1 MB pages,
 * filters, Select and projections (Developer Guide, "Querying tables"; API Reference, Query).
 */
class QueryTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static String strings;
    private static String numbers;
    private static String binaries;

    @BeforeAll
    static void createTables() {
        strings = dynamo.createTable("qs", ScalarAttributeType.S, ScalarAttributeType.S);
        numbers = dynamo.createTable("qn", ScalarAttributeType.S, ScalarAttributeType.N);
        binaries = dynamo.createTable("qb", ScalarAttributeType.S, ScalarAttributeType.B);
        for (String sk : List.of("b", "é", "a", "𝄞", "\uE000", "B", "Z", "A", "ab", "abc", "b0")) {
            dynamo.client().putItem(r -> r.tableName(strings).item(item("pk", "p", "sk", sk, "odd", n(sk.codePointCount(0, sk.length()) % 2))));
        }
        for (String sk : List.of("10", "-2.5", "1", "0.001", "-10", "1E3", "0", "1.5", "-1")) {
            dynamo.client().putItem(r -> r.tableName(numbers).item(item("pk", "p", "sk", n(sk))));
        }
        for (AttributeValue sk : List.of(b(0x80), b(0x00), b(0xff), b(0x7f, 0x00), b(0x7f), b(0x01))) {
            dynamo.client().putItem(r -> r.tableName(binaries).item(item("pk", "p", "sk", sk)));
        }
    }

    @Test
    void stringSortKeysAreInUtf8ByteOrder() {
        // "Key condition expressions": otherwise (not Number) the results are returned in order of UTF-8 bytes;
        // U+E000 is EE 80 80 in UTF-8, below F0 of U+1D11E, though above its UTF-16 surrogate D834
        assertThat(sortKeys(query(strings, r -> { }))).containsExactly("A", "B", "Z", "a", "ab", "abc", "b", "b0", "é", "\uE000", "𝄞");
    }

    @Test
    void numberSortKeysAreInNumericOrder() {
        assertThat(query(numbers, r -> { }).items()).extracting(i -> i.get("sk").n())
                .containsExactly("-10", "-2.5", "-1", "0", "0.001", "1", "1.5", "10", "1000");
    }

    @Test
    void binarySortKeysAreInUnsignedByteOrder() {
        // legacy "Conditions": each byte of the binary data is treated as unsigned
        assertThat(query(binaries, r -> { }).items()).extracting(i -> i.get("sk").b())
                .containsExactly(bytes(0x00), bytes(0x01), bytes(0x7f), bytes(0x7f, 0x00), bytes(0x80), bytes(0xff));
    }

    @Test
    void scanIndexForwardFalseReversesTheOrder() {
        assertThat(sortKeys(query(strings, r -> r.scanIndexForward(false))))
                .containsExactly("𝄞", "\uE000", "é", "b0", "b", "abc", "ab", "a", "Z", "B", "A");
    }

    @Test
    void keyConditionsSelectTheirRangeOfSortKeys() {
        assertThat(sortKeys(strings, "sk = :a", Map.of(":a", s("ab")))).containsExactly("ab");
        assertThat(sortKeys(strings, "sk < :a", Map.of(":a", s("a")))).containsExactly("A", "B", "Z");
        assertThat(sortKeys(strings, "sk <= :a", Map.of(":a", s("a")))).containsExactly("A", "B", "Z", "a");
        assertThat(sortKeys(strings, "sk > :a", Map.of(":a", s("b0")))).containsExactly("é", "\uE000", "𝄞");
        assertThat(sortKeys(strings, "sk >= :a", Map.of(":a", s("b0")))).containsExactly("b0", "é", "\uE000", "𝄞");
        assertThat(sortKeys(strings, "sk BETWEEN :a AND :b", Map.of(":a", s("ab"), ":b", s("b")))).containsExactly("ab", "abc", "b");
        assertThat(sortKeys(strings, "begins_with(sk, :a)", Map.of(":a", s("ab")))).containsExactly("ab", "abc");
        assertThat(query(numbers, r -> r.keyConditionExpression("pk = :p AND sk BETWEEN :a AND :b")
                .expressionAttributeValues(Map.of(":p", s("p"), ":a", n("-2.5"), ":b", n(1)))).items())
                .extracting(i -> i.get("sk").n()).containsExactly("-2.5", "-1", "0", "0.001", "1");
    }

    @Test
    void anEmptyKeyValueInAKeyConditionIsRefusedEvenForBeginsWith() {
        // "Working with empty string values": key attributes cannot be empty, and a key condition's values are key values
        Refusals.assertValidationContaining(() -> query(strings, r -> r.keyConditionExpression("pk = :p AND begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":p", s("p"), ":a", s("")))), "cannot contain an empty string value");
    }

    @Test
    void invalidKeyConditionsAreValidationErrors() {
        // "Key condition expressions": begins_with does not take a Number; the partition key needs =; BETWEEN needs low <= high
        Refusals.assertValidationContaining(() -> query(numbers, r -> r.keyConditionExpression("pk = :p AND begins_with(sk, :a)")
                .expressionAttributeValues(Map.of(":p", s("p"), ":a", n(1)))), "begins_with");
        Refusals.errorMessage(() -> query(strings, r -> r.keyConditionExpression("pk > :p")
                .expressionAttributeValues(Map.of(":p", s("p")))), "ValidationException");
        Refusals.errorMessage(() -> query(strings, r -> r.keyConditionExpression("pk = :p AND odd = :a")
                .expressionAttributeValues(Map.of(":p", s("p"), ":a", n(1)))), "ValidationException");
        Refusals.assertValidationContaining(() -> query(strings, r -> r.keyConditionExpression("pk = :p AND sk BETWEEN :a AND :b")
                .expressionAttributeValues(Map.of(":p", s("p"), ":a", s("b"), ":b", s("a")))), "BETWEEN");
    }

    @Test
    void limitPagesThroughThePartitionInBothDirectionsWithExclusiveStartKey() {
        for (boolean forward : new boolean[] {true, false}) {
            List<String> all = sortKeys(query(strings, r -> r.scanIndexForward(forward)));
            List<String> paged = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = query(strings, r -> r.scanIndexForward(forward).limit(3).exclusiveStartKey(from));
                assertThat(page.count()).isLessThanOrEqualTo(3);
                if (page.hasLastEvaluatedKey()) {
                    // the LastEvaluatedKey is the key of the last item read
                    assertThat(page.lastEvaluatedKey()).isEqualTo(item("pk", "p", "sk", page.items().getLast().get("sk")));
                }
                paged.addAll(sortKeys(page));
                start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            } while (start != null);
            assertThat(paged).as("forward " + forward).isEqualTo(all);
        }
    }

    @Test
    void aPageStopsAtOneMegabyteWithALastEvaluatedKey() {
        String big = dynamo.createTable("qbig", ScalarAttributeType.S, ScalarAttributeType.N);
        for (int i = 0; i < 30; i++) {
            int sk = i;
            dynamo.client().putItem(r -> r.tableName(big).item(item("pk", "p", "sk", n(sk), "pad", padding(100 * 1024))));
        }

        QueryResponse first = query(big, r -> { });
        List<Long> all = new ArrayList<>();
        QueryResponse page = first;
        while (true) {
            page.items().forEach(i -> all.add(Long.parseLong(i.get("sk").n())));
            if (!page.hasLastEvaluatedKey()) {
                break;
            }
            Map<String, AttributeValue> from = page.lastEvaluatedKey();
            page = query(big, r -> r.exclusiveStartKey(from));
        }

        // "Querying tables": a Query reads at most 1 MB of data per call; about ten 100 KB items
        assertThat(first.count()).isBetween(9, 11);
        assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", "p", "sk", first.items().getLast().get("sk")));
        assertThat(all).hasSize(30).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aFilterRemovesItemsAfterTheyAreReadSoCountIsBelowScannedCount() {
        QueryResponse filtered = query(strings, r -> r.filterExpression("odd = :one").expressionAttributeValues(Map.of(":p", s("p"), ":one", n(1))));
        QueryResponse limited = query(strings, r -> r.limit(4).filterExpression("odd = :one")
                .expressionAttributeValues(Map.of(":p", s("p"), ":one", n(1))));

        // "Filter expressions for Query": Count after the filter, ScannedCount before it; Limit counts items read
        assertThat(filtered.scannedCount()).isEqualTo(11);
        assertThat(sortKeys(filtered)).containsExactly("A", "B", "Z", "a", "abc", "b", "é", "\uE000", "𝄞");
        assertThat(filtered.count()).isEqualTo(9);
        assertThat(limited.scannedCount()).isEqualTo(4);
        assertThat(sortKeys(limited)).containsExactly("A", "B", "Z", "a");
        assertThat(limited.lastEvaluatedKey()).isEqualTo(item("pk", "p", "sk", "a"));
    }

    @Test
    void selectCountReturnsTheCountWithoutItems() {
        QueryResponse counted = query(strings, r -> r.select(Select.COUNT));

        assertThat(counted.hasItems()).isFalse();
        assertThat(counted.count()).isEqualTo(11);
        assertThat(counted.scannedCount()).isEqualTo(11);
    }

    @Test
    void projectionExpressionLimitsTheAttributesReturned() {
        QueryResponse projected = query(strings, r -> r.projectionExpression("sk").limit(2));

        assertThat(projected.items()).containsExactly(item("sk", "A"), item("sk", "B"));
    }

    @Test
    void aQueryOfAnUnknownPartitionReturnsNothing() {
        QueryResponse none = dynamo.client().query(r -> r.tableName(strings).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("nobody"))));

        assertThat(none.items()).isEmpty();
        assertThat(none.count()).isZero();
        assertThat(none.hasLastEvaluatedKey()).isFalse();
    }

    private static QueryResponse query(String table, Consumer<QueryRequest.Builder> more) {
        return dynamo.client().query(r -> {
            r.tableName(table).keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("p")));
            more.accept(r);
        });
    }

    private static List<String> sortKeys(String table, String skCondition, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new java.util.HashMap<>(values);
        all.put(":p", s("p"));
        return sortKeys(query(table, r -> r.keyConditionExpression("pk = :p AND " + skCondition).expressionAttributeValues(all)));
    }

    private static List<String> sortKeys(QueryResponse response) {
        return response.items().stream().map(i -> i.get("sk").s()).toList();
    }

    private static SdkBytes bytes(int... values) {
        return b(values).b();
    }
}
