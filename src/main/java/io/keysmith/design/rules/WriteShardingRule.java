package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.Partitions;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Warning;
import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Spreads a partition that would take more than DynamoDB's 1,000 write units per second over N
 * shards: {@code {#shard:N:attr}} when every reader of the partition knows an attribute of the
 * key (it reads one shard), else {@code {#shard:N}} on an index (the writer picks a shard; reads
 * query every shard and merge, "shards": N). N is twice the load over the limit, rounded up to a
 * power of two. Where sharding cannot help (a base key every reader must address, a partition
 * shared with other entities) it warns instead.
 */
final class WriteShardingRule implements Rule {

    static final double HEADROOM = 2;

    @Override
    public String id() {
        return "write-sharding";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Entity e : s.entities()) {
            if (s.embedding(e.name()) != null) {
                continue;
            }
            for (Layout l : s.layoutsOf(e.name())) {
                PartitionLoad.Load load = PartitionLoad.writes(s, l);
                if (load.units() <= PartitionLimits.WRITE_UNITS) {
                    continue;
                }
                String where = l.slot() == 0 ? "the table" : l.indexName();
                String arithmetic = String.join("; ", load.terms());
                String obstacle = obstacle(s, l);
                if (obstacle != null) {
                    String msg = String.format(Locale.ROOT, "the busiest partition %s of %s takes %s write units/s,"
                            + " over the 1,000 a partition serves (%s); %s", Keys.pkTemplate(l), where,
                            PartitionLoad.number(load.units()), arithmetic, obstacle);
                    s.warnings().add(new Warning("hot-partition", "warning", e.name(), msg,
                            "give the partition key an attribute with many values, or serve the readers from an index"
                                    + " whose partition key can take a shard suffix"));
                    changes.add(msg);
                    continue;
                }
                int n = shards(load.units());
                String attr = computedFrom(s, l);
                String before = Keys.pkTemplate(l);
                l.shard(new KeyTemplate.Shard(n, attr));
                String after = Keys.pkTemplate(l);
                List<String> readers = rewritePlans(s, l, before, after, attr == null ? n : null);
                entities.add(e.name());
                patterns.addAll(readers);
                changes.add(String.format(Locale.ROOT, "%s of %s: %s write units/s on its busiest partition (%s);"
                        + " %s x %.0f headroom / 1,000 per partition = %.1f, rounded up to a power of two: %d shards,"
                        + " partition key %s%s", e.name(), where, PartitionLoad.number(load.units()), arithmetic,
                        PartitionLoad.number(load.units()), HEADROOM, load.units() * HEADROOM / PartitionLimits.WRITE_UNITS, n, after,
                        attr != null ? " (the shard is computed from " + attr + ", which every reader gives: each read"
                                + " addresses one shard)"
                                : readers.isEmpty() ? " (the writer picks the shard)"
                                : " (the writer picks the shard; " + String.join(", ", readers)
                                        + (readers.size() == 1 ? " queries all " : " query all ") + n
                                        + " shards and merge" + (readers.size() == 1 ? "s" : "") + " the results)"));
            }
        }
        s.step(id(), !entities.isEmpty(), "Write sharding of hot partitions",
                changes.isEmpty() ? "Not applicable because no partition takes more than 1,000 write units per second at the given rates."
                        : "A partition serves at most 1,000 write units per second. A partition key that every write of"
                                + " a busy pattern shares (a constant, today's date, the most frequent value of an"
                                + " enumeration) gets a shard suffix so the writes spread over N partitions.",
                entities, patterns, changes);
    }

    /** N: the load with headroom over the per-partition limit, rounded up to a power of two (at least 2). */
    static int shards(double units) {
        int needed = (int) Math.ceil(units * HEADROOM / PartitionLimits.WRITE_UNITS);
        int n = 2;
        while (n < needed) {
            n *= 2;
        }
        return n;
    }

    /** Why the layout cannot take a shard suffix, or null when it can. */
    private static String obstacle(DesignState s, Layout l) {
        if (l.isLsi()) {
            return "an LSI shares the table's partition key, so only a shard of the table's key could spread it";
        }
        if (Partitions.members(s, l).size() > 1) {
            return "the partition is an item collection shared with other entities, which a shard suffix would split";
        }
        for (String id : l.served()) {
            DesignState.Assignment a = s.assignment(id);
            if (a != null && a.colocated()) {
                return id + " reads the partition with its included items in one request, which shards would split";
            }
        }
        if (l.slot() == 0 && computedFrom(s, l) == null) {
            return "a shard the writer picks cannot be in the table's key (updates and deletes must address the item),"
                    + " and no attribute of the key is known to every reader to compute it from";
        }
        return null;
    }

    /**
     * An attribute of the sort key that every reader of the partition gives with {@code =} and that
     * has many values (no enumeration, no date), so the shard can be computed from it; else null.
     */
    private static String computedFrom(DesignState s, Layout l) {
        Entity e = s.entity(l.entity());
        List<Need> readers = s.needs().stream().filter(n -> l.served().contains(n.id())).toList();
        for (String a : l.finalComps(e)) {
            Attribute attr = e.attribute(a).orElse(null);
            boolean spread = attr != null && (attr.values() == null || attr.values().isEmpty())
                    && attr.type() != AttributeType.DATE && attr.type().isScalar() && !s.changes(e.name(), a);
            if (spread && readers.stream().allMatch(n -> n.eqAttributes().contains(a))) {
                return a;
            }
        }
        return null;
    }

    /** Replaces the layout's partition key template in every read plan; the patterns that now scatter-gather. */
    private static List<String> rewritePlans(DesignState s, Layout l, String before, String after, Integer shards) {
        List<String> readers = new ArrayList<>();
        for (Map.Entry<String, PatternPlan> entry : s.plans().entrySet()) {
            PatternPlan plan = entry.getValue();
            PatternPlan changed = rewrite(s, plan, l, before, after, shards);
            if (changed != plan) {
                entry.setValue(changed);
                if (shards != null) {
                    readers.add(entry.getKey());
                }
            }
        }
        return readers;
    }

    private static PatternPlan rewrite(DesignState s, PatternPlan plan, Layout l, String before, String after, Integer shards) {
        List<PatternPlan> parts = null;
        boolean changed = false;
        if (plan.requests() != null) {
            parts = new ArrayList<>();
            for (PatternPlan r : plan.requests()) {
                PatternPlan x = rewrite(s, r, l, before, after, shards);
                changed |= x != r;
                parts.add(x);
            }
        }
        Map<String, KeyCondition> key = plan.keyCondition();
        boolean mine = key != null && Objects.equals(plan.index(), l.indexName())
                && Objects.equals(plan.table(), s.tableOf(l.entity())) && key.get(l.pkName()) != null
                && before.equals(key.get(l.pkName()).value());
        if (!mine && !changed) {
            return plan;
        }
        Integer count = plan.shards();
        String verdict = plan.verdict();
        if (mine) {
            key = new LinkedHashMap<>(key);
            key.put(l.pkName(), new KeyCondition("=", after));
            if (shards != null) {
                count = shards; // the capacity rule, next, costs one request per shard
                verdict = "scatter-gather over " + shards + " write shards (one request per shard, merged"
                        + (plan.scanIndexForward() != null ? " in sort key order" : "")
                        + (plan.limit() != null ? ", cut to " + plan.limit() : "") + "): " + verdict;
            }
        }
        return plan.withSharding(key, parts, plan.readUnits(), plan.monthlyCost(), verdict, count);
    }
}
