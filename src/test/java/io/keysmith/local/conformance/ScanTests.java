package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.n;
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
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Scan: pages, parallel segments, filters and index scans (Developer Guide, "Scanning tables"). */
class ScanTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static final int ITEMS = 60;

    private static String table;

    @BeforeAll
    static void createTable() {
        table = dynamo.createTable("scan", r -> r
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("flag").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("flagged").projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                        .keySchema(k -> k.attributeName("flag").keyType(KeyType.HASH))));
        for (int i = 0; i < ITEMS; i++) {
            int index = i;
            dynamo.client().putItem(r -> r.tableName(table).item(index % 10 == 0
                    ? item("pk", "p" + index % 17, "sk", n(index), "even", n(index % 2), "flag", "yes")
                    : item("pk", "p" + index % 17, "sk", n(index), "even", n(index % 2))));
        }
    }

    @Test
    void pagesOfAScanReturnEveryItemExactlyOnce() {
        List<String> seen = scanAll(r -> r.limit(7));

        assertThat(seen).hasSize(ITEMS).doesNotHaveDuplicates();
    }

    @Test
    void parallelSegmentsTogetherReturnEveryItemExactlyOnce() {
        List<String> seen = new ArrayList<>();
        for (int segment = 0; segment < 4; segment++) {
            int current = segment;
            seen.addAll(scanAll(r -> r.segment(current).totalSegments(4).limit(5)));
        }

        // "Parallel scan": each segment is a disjoint part of the table
        assertThat(seen).hasSize(ITEMS).doesNotHaveDuplicates();
    }

    @Test
    void itemsOfOnePartitionStayInSortKeyOrderWithinAScan() {
        List<String> seen = scanAll(r -> { });

        List<Integer> ofP3 = seen.stream().filter(k -> k.startsWith("p3/")).map(k -> Integer.parseInt(k.substring(3))).toList();
        assertThat(ofP3).containsExactly(3, 20, 37, 54);
    }

    @Test
    void aFilterCountsWhatItKeepsAndScannedCountWhatWasRead() {
        ScanResponse filtered = dynamo.client().scan(r -> r.tableName(table).filterExpression("even = :zero")
                .expressionAttributeValues(Map.of(":zero", n(0))));
        ScanResponse counted = dynamo.client().scan(r -> r.tableName(table).select(Select.COUNT));

        assertThat(filtered.scannedCount()).isEqualTo(ITEMS);
        assertThat(filtered.count()).isEqualTo(ITEMS / 2);
        assertThat(filtered.items()).allSatisfy(i -> assertThat(i.get("even")).isEqualTo(n(0)));
        assertThat(counted.count()).isEqualTo(ITEMS);
        assertThat(counted.hasItems()).isFalse();
    }

    @Test
    void aScanOfASparseIndexReturnsOnlyItsItemsWithTheirProjection() {
        ScanResponse flagged = dynamo.client().scan(r -> r.tableName(table).indexName("flagged"));

        assertThat(flagged.items()).hasSize(ITEMS / 10)
                .allSatisfy(i -> assertThat(i.keySet()).containsExactlyInAnyOrder("pk", "sk", "flag"));
    }

    @Test
    void aSegmentOutsideTotalSegmentsOrWithoutThemIsAValidationError() {
        // Scan, Segment: "The value of Segment must be greater than or equal to 0, and less than the value provided for TotalSegments"
        Refusals.assertValidation(() -> dynamo.client().scan(r -> r.tableName(table).segment(4).totalSegments(4)),
                "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 4 is not less than TotalSegments: 4");
        Refusals.assertValidation(() -> dynamo.client().scan(r -> r.tableName(table).segment(1)),
                "The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
        Refusals.assertValidation(() -> dynamo.client().scan(r -> r.tableName(table).totalSegments(2)),
                "The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
    }

    @Test
    @Requires(Feature.SEGMENT_ZERO_NEEDS_TOTAL)
    void segmentZeroWithoutTotalSegmentsIsAValidationError() {
        // Scan, Segment: "If you provide Segment, you must also provide TotalSegments"
        Refusals.assertValidation(() -> dynamo.client().scan(r -> r.tableName(table).segment(0)),
                "The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
    }

    @Test
    void aScanResumesAfterItsExclusiveStartKey() {
        ScanResponse first = dynamo.client().scan(r -> r.tableName(table).limit(10));
        ScanResponse rest = dynamo.client().scan(r -> r.tableName(table).exclusiveStartKey(first.lastEvaluatedKey()));

        assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", first.items().getLast().get("pk"), "sk", first.items().getLast().get("sk")));
        assertThat(first.count() + rest.count()).isEqualTo(ITEMS);
        assertThat(rest.items()).doesNotContainAnyElementsOf(first.items());
    }

    private static List<String> scanAll(Consumer<ScanRequest.Builder> spec) {
        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = dynamo.client().scan(r -> {
                r.tableName(table).exclusiveStartKey(from);
                spec.accept(r);
            });
            page.items().forEach(i -> seen.add(i.get("pk").s() + "/" + i.get("sk").n()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return seen;
    }
}
