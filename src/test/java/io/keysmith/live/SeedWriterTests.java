package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class SeedWriterTests {

    @RegisterExtension
    static final LocalTables tables = new LocalTables();

    private static ApplyPlan tableFor(String name, int items) {
        Model model = Fixtures.model();
        ApplyPlan plan = tables.service().plan(model, Fixtures.design(Fixtures.text("shop.design.json").replace("LiveShop", name)),
                ApplyOptions.defaults().withItems(items));
        tables.service().prepareTables(plan);
        return plan;
    }

    @Test
    void throttlingAndUnprocessedItemsAtRandomStillWriteEveryItemExactlyOnce() {
        ApplyPlan plan = tableFor("Flaky", 3_000);
        FlakyClient flaky = new FlakyClient(tables.service().client(), 7);
        List<SeedWriter.TableItem> items = ApplyService.tableItems(plan);

        SeedResult result = new SeedWriter(flaky, 6).write(items, SeedListener.NONE, new CancelToken());

        assertThat(flaky.throttled.get()).isGreaterThan(10);
        assertThat(flaky.partial.get()).isGreaterThan(10);
        assertThat(result.retries()).isGreaterThan(20);
        assertThat(result.written()).isEqualTo(items.size());
        Map<List<String>, Integer> stored = new HashMap<>();
        tables.service().client().scanPaginator(b -> b.tableName("Flaky")).items()
                .forEach(i -> stored.merge(List.of(i.get("PK").s(), i.get("SK").s()), 1, Integer::sum));
        Set<List<String>> expected = new HashSet<>();
        for (SeedWriter.TableItem i : items) {
            Map<String, AttributeValue> item = i.item();
            expected.add(List.of(item.get("PK").s(), item.get("SK").s()));
        }
        assertThat(stored.keySet()).isEqualTo(expected);
        assertThat(stored.values()).allMatch(n -> n == 1);
        assertThat(tables.service().count(plan)).isEqualTo(items.size());
    }

    @Test
    void aBatchThatShrinksOneItemPerCallIsProgressNotFailure() {
        ApplyPlan plan = tableFor("Trickle", 60);
        List<SeedWriter.TableItem> items = ApplyService.tableItems(plan);
        DynamoDbClient real = tables.service().client();
        // More calls per batch (25) than the give-up limit: only calls that write nothing may count.
        DynamoDbClient trickle = new DynamoDbClient() {
            @Override
            public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
                Map<String, List<WriteRequest>> later = new LinkedHashMap<>();
                Map<String, List<WriteRequest>> now = new LinkedHashMap<>();
                request.requestItems().forEach((table, writes) -> {
                    for (WriteRequest w : writes) {
                        (now.isEmpty() ? now : later).computeIfAbsent(table, t -> new ArrayList<>()).add(w);
                    }
                });
                real.batchWriteItem(b -> b.requestItems(now));
                return BatchWriteItemResponse.builder().unprocessedItems(later).build();
            }

            @Override
            public String serviceName() {
                return real.serviceName();
            }

            @Override
            public void close() {
            }
        };

        SeedResult result = new SeedWriter(trickle, 3).write(items, SeedListener.NONE, new CancelToken());

        assertThat(result.written()).isEqualTo(items.size());
        assertThat(tables.service().count(plan)).isEqualTo(items.size());
    }

    @Test
    void aCancelledSeedStopsEarly() {
        ApplyPlan plan = tableFor("Cancelled", 3_000);
        List<SeedWriter.TableItem> items = ApplyService.tableItems(plan);
        CancelToken cancel = new CancelToken();

        SeedResult result = new SeedWriter(tables.service().client(), 2).write(items, (written, total) -> {
            if (written >= 500) {
                cancel.cancel();
            }
        }, cancel);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.complete()).isFalse();
        assertThat(result.written()).isBetween(500L, (long) items.size() - 1);
        assertThat(tables.service().count(plan)).isEqualTo(result.written());
    }
}
