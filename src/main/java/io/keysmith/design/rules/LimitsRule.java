package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Placement;
import io.keysmith.design.Warning;
import io.keysmith.design.capacity.GroupSize;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks DynamoDB's limits (20 GSIs and 5 LSIs per table, 400 KB items, key sizes, names, 10 GB
 * item collections with an LSI, 3,000 read and 1,000 write units per partition at the model's
 * rates) and records every breach as an error warning, so a design that breaks one is never shown as valid.
 */
final class LimitsRule implements Rule {

    static final int MAX_ITEM_BYTES = 400 * 1024;
    static final int MAX_PK_BYTES = 2048;
    static final int MAX_SK_BYTES = 1024;
    /** Room reserved per placeholder when estimating key length. */
    static final int PLACEHOLDER_BYTES = 100;
    /** The most an item collection may hold in a table with a local secondary index. */
    static final double LSI_COLLECTION_BYTES = 10e9;

    @Override
    public String id() {
        return "limits";
    }

    @Override
    public void apply(DesignState s) {
        List<String> problems = new ArrayList<>();
        if (s.gsiCount() > DesignState.MAX_GSIS) {
            problems.add(error(s, "gsi-limit", "table", s.gsiCount() + " GSIs; DynamoDB allows 20 per table"));
        }
        if (s.lsiCount() > DesignState.MAX_LSIS) {
            problems.add(error(s, "lsi-limit", "table", s.lsiCount() + " LSIs; DynamoDB allows 5 per table"));
        }
        for (Entity e : s.entities()) {
            int size = CapacityRule.size(e);
            for (DesignState.Embedding x : s.embeddedIn(e.name())) {
                size += x.maxChildren() * CapacityRule.size(s.entity(x.child()));
            }
            if (size > MAX_ITEM_BYTES) {
                problems.add(error(s, "item-size", e.name(), e.name() + " items of " + size + " bytes exceed the 400 KB item limit"));
            }
            for (Layout l : s.layoutsOf(e.name())) {
                int pk = estimate(Keys.pkTemplate(l));
                int sk = estimate(Keys.skTemplate(s, l));
                if (pk > MAX_PK_BYTES || sk > MAX_SK_BYTES) {
                    problems.add(error(s, "key-size", e.name(), e.name() + "'s key in " + l.describe()
                            + " may exceed DynamoDB's key size (2048 bytes partition, 1024 bytes sort)"));
                }
            }
        }
        problems.addAll(collections(s));
        problems.addAll(partitionThroughput(s));
        s.step(id(), !problems.isEmpty(), "DynamoDB limits",
                problems.isEmpty() ? "Every limit holds: at most 20 GSIs and 5 LSIs, items under 400 KB, keys within 2048/1024 bytes,"
                        + " valid table and index names. Expressions use #name placeholders, so reserved words are safe."
                        : "The design breaks DynamoDB limits; it is not valid until they are fixed.",
                null, null, problems);
    }

    /**
     * With an LSI, every item collection (the items of one partition key value) must stay under
     * 10 GB: the model's counts give the items per partition key value and their size.
     */
    private static List<String> collections(DesignState s) {
        List<String> out = new ArrayList<>();
        if (s.lsiCount() == 0) {
            return out;
        }
        GroupSize groups = new GroupSize(s.model(), s::parentLinks);
        Map<String, Double> bytes = new LinkedHashMap<>();
        for (Entity e : s.entities()) {
            Layout base = s.layout(e.name(), 0);
            if (base == null || s.embedding(e.name()) != null || e.count() == null) {
                continue;
            }
            GroupSize.Estimate items = groups.of(e, base.pkAttrs(), Map.of());
            if (items.known()) {
                bytes.merge(Keys.pkTemplate(base), items.items() * CapacityRule.size(s, e), Double::sum);
            }
        }
        bytes.forEach((pk, b) -> {
            if (b > LSI_COLLECTION_BYTES) {
                out.add(error(s, "lsi-collection-size", "table", String.format(Locale.ROOT,
                        "each item collection %s holds about %.1f GB; with an LSI DynamoDB refuses writes past 10 GB per"
                                + " partition key value", pk, b / 1e9)));
            }
        });
        return out;
    }

    /**
     * A partition key value takes at most 3,000 read and 1,000 write units per second: a read of one
     * literal partition, or writes over a few enumerated (or one literal) partition values, above
     * that fails at the model's rates unless the key is sharded. The hot-partition warning of the
     * same target becomes this error.
     */
    private static List<String> partitionThroughput(DesignState s) {
        List<String> out = new ArrayList<>();
        // Reads of one literal partition add up across patterns: the limit is the partition's, not a pattern's.
        Map<String, List<AccessPattern>> readers = new LinkedHashMap<>();
        Map<String, Double> loads = new HashMap<>();
        for (AccessPattern p : s.model().accessPatterns()) {
            PatternPlan plan = s.plans().get(p.id());
            if (plan == null || !p.isRead() || plan.keyCondition() == null || plan.keyCondition().isEmpty()
                    || plan.readUnits() == null || plan.requests() != null) {
                continue;
            }
            Object pk = plan.keyCondition().values().iterator().next().value();
            if (!String.valueOf(pk).contains("{")) {
                String partition = plan.table() + (plan.index() == null ? "" : " index " + plan.index()) + " partition " + pk;
                readers.computeIfAbsent(partition, k -> new ArrayList<>()).add(p);
                loads.merge(partition, p.rateOrDefault() * plan.readUnits(), Double::sum);
            }
        }
        readers.forEach((partition, patterns) -> {
            double load = loads.get(partition);
            if (load <= PartitionLimits.READ_UNITS) {
                return;
            }
            AccessPattern first = patterns.get(0);
            Object pk = s.plans().get(first.id()).keyCondition().values().iterator().next().value();
            if (patterns.size() == 1) {
                out.add(throughputError(s, first.id(), String.format(Locale.ROOT, "%s reads %.0f units/s from the single"
                        + " partition %s; one partition serves at most 3,000", first.id(), load, pk), PartitionLimits.READ_REMEDY));
                return;
            }
            List<String> each = new ArrayList<>();
            for (AccessPattern p : patterns) {
                each.add(String.format(Locale.ROOT, "%s %.0f", p.id(), p.rateOrDefault() * s.plans().get(p.id()).readUnits()));
            }
            out.add(error(s, "partition-throughput", first.id(), String.format(Locale.ROOT, "%s read %.0f units/s"
                    + " together from the single partition %s (%s); one partition serves at most 3,000",
                    String.join(", ", patterns.stream().map(AccessPattern::id).toList()), load, pk, String.join(", ", each)),
                    PartitionLimits.READ_REMEDY));
        });
        GroupSize groups = new GroupSize(s.model(), s::parentLinks);
        // The planned writes landing on each entity's items (its own, and those of children embedded in it),
        // grouped in one pass in model order rather than scanning every pattern per entity.
        Map<String, List<AccessPattern>> writers = new HashMap<>();
        for (AccessPattern p : s.model().accessPatterns()) {
            if (!p.isRead() && s.plans().containsKey(p.id())) {
                writers.computeIfAbsent(p.entity(), k -> new ArrayList<>()).add(p);
                DesignState.Embedding embedded = s.embedding(p.entity());
                if (embedded != null && !embedded.host().equals(p.entity())) {
                    writers.computeIfAbsent(embedded.host(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        for (Entity e : s.entities()) {
            if (s.embedding(e.name()) != null) {
                continue;
            }
            double item = Math.ceil(CapacityRule.size(s, e) / 1024.0);
            double writes = 0;
            for (AccessPattern p : writers.getOrDefault(e.name(), List.of())) {
                writes += p.rateOrDefault() * item;
            }
            for (Layout l : s.layoutsOf(e.name())) {
                String template = Keys.pkTemplate(l);
                long partitions = Placement.partitions(e, l);
                if (writes == 0 || partitions == Long.MAX_VALUE || template.contains("{#")) {
                    continue;
                }
                double share = l.when() == null ? 1 : groups.membership(e,
                        new io.keysmith.design.PresentWhen(l.when().attribute(), "=", l.when().value()));
                double perPartition = writes * share / partitions;
                if (perPartition > PartitionLimits.WRITE_UNITS) {
                    out.add(throughputError(s, e.name(), String.format(Locale.ROOT, "%s writes put %.0f units/s on each of"
                            + " %d partition%s of %s (%s); one partition takes at most 1,000", e.name(), perPartition,
                            partitions, partitions == 1 ? "" : "s", l.slot() == 0 ? "the table" : l.indexName(), template),
                            PartitionLimits.WRITE_REMEDY));
                }
            }
        }
        return out;
    }

    private static String throughputError(DesignState s, String target, String message, String remedy) {
        List<Warning> warnings = s.warnings();
        for (int i = 0; i < warnings.size(); i++) {
            Warning w = warnings.get(i);
            if ("hot-partition".equals(w.code()) && "warning".equals(w.severity()) && target.equals(w.target())) {
                warnings.set(i, new Warning(w.code(), "error", w.target(), w.message(), w.remedy()));
                return message;
            }
        }
        warnings.add(new Warning("partition-throughput", "error", target, message, remedy));
        return message;
    }

    private static String error(DesignState s, String code, String target, String message) {
        return error(s, code, target, message, null);
    }

    private static String error(DesignState s, String code, String target, String message, String remedy) {
        s.warnings().add(new Warning(code, "error", target, message, remedy));
        return message;
    }

    /** The literal text's length plus a typical value's bytes per placeholder (every '{' counts as one). */
    static int estimate(String template) {
        int placeholders = 0;
        for (int i = 0; i < template.length(); i++) {
            placeholders += template.charAt(i) == '{' ? 1 : 0;
        }
        // the literal text: everything outside "{...}" (a '{' with no '}' after it stays literal)
        int literal = 0;
        int i = 0;
        while (i < template.length()) {
            int close = template.charAt(i) == '{' ? template.indexOf('}', i + 1) : -1;
            if (close < 0) {
                literal++;
                i++;
            } else {
                i = close + 1;
            }
        }
        return literal + placeholders * PLACEHOLDER_BYTES;
    }
}
