package io.keysmith.live;

import io.keysmith.design.KeyAttribute;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Scatter-gather over write shards: a request that says {@code "shards": N} is issued once per
 * shard value 0..N-1 of its {@code {#shard:N}} placeholder; the results are merged in the index's
 * sort key order when the request reads in order, then cut to the pattern's limit.
 */
final class ShardGather {

    private ShardGather() {
    }

    static PlanRunner.Run run(PatternPlan request, Table table, AccessPattern pattern, Map<String, Object> fill,
            Predicate<PlanRunner.Returned> isMain, Function<Map<String, Object>, PlanRunner.Run> one) {
        List<PlanRunner.Returned> items = new ArrayList<>();
        double capacity = 0;
        for (int shard = 0; shard < request.shards(); shard++) {
            Map<String, Object> values = new HashMap<>(fill);
            values.put(KeyTemplate.WRITER_SHARD, shard);
            PlanRunner.Run run = one.apply(values);
            if (run.problem() != null) {
                return new PlanRunner.Run(items, capacity, "shard " + shard + ": " + run.problem());
            }
            items.addAll(run.items());
            capacity += run.capacity();
        }
        KeyAttribute sortKey = sortKey(table, request.index());
        if (request.scanIndexForward() != null && sortKey != null) {
            Comparator<PlanRunner.Returned> order = Comparator.comparing(r -> r.item().get(sortKey.name()),
                    Comparator.nullsLast(ShardGather::compare));
            items.sort(request.scanIndexForward() ? order : order.reversed());
        }
        List<PlanRunner.Returned> out = new ArrayList<>();
        int mains = 0;
        for (PlanRunner.Returned r : items) {
            boolean main = isMain.test(r);
            if (pattern.limit() != null && main && mains >= pattern.limit()) {
                continue;
            }
            mains += main ? 1 : 0;
            out.add(r);
        }
        return new PlanRunner.Run(out, capacity, null);
    }

    private static KeyAttribute sortKey(Table table, String index) {
        if (index == null) {
            return table.sortKey();
        }
        List<SecondaryIndex> all = new ArrayList<>(table.globalSecondaryIndexes());
        all.addAll(table.localSecondaryIndexes());
        return all.stream().filter(i -> i.name().equals(index)).map(SecondaryIndex::sortKey).findFirst().orElse(null);
    }

    /** DynamoDB's key order: numbers by value, strings by code point (UTF-8 byte order), binary by bytes. */
    private static int compare(AttributeValue a, AttributeValue b) {
        if (a.n() != null && b.n() != null) {
            return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n()));
        }
        if (a.b() != null && b.b() != null) {
            return java.util.Arrays.compareUnsigned(a.b().asByteArray(), b.b().asByteArray());
        }
        // UTF-16 order is code point order for the BMP characters generated keys hold
        return String.valueOf(a.s()).compareTo(String.valueOf(b.s()));
    }
}
