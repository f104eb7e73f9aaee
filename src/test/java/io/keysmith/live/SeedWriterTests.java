package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Model;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
