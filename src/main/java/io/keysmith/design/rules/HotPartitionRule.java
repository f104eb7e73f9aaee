package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Placement;
import io.keysmith.design.Warning;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warns when one partition key value would take more than 3,000 read or 1,000 write units per
 * second, DynamoDB's per-partition limits, and names write sharding as the remedy.
 */
final class HotPartitionRule implements Rule {

    static final double READ_LIMIT = 3000;
    static final double WRITE_LIMIT = 1000;

    @Override
    public String id() {
        return "hot-partition";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        for (AccessPattern p : s.model().accessPatterns()) {
            PatternPlan plan = s.plans().get(p.id());
            if (plan == null || !p.isRead() || plan.keyCondition() == null || plan.readUnits() == null) {
                continue;
            }
            double load = p.rateOrDefault() * plan.readUnits();
            KeyCondition pk = plan.keyCondition().values().iterator().next();
            boolean literal = !String.valueOf(pk.value()).contains("{");
            if (load > READ_LIMIT || (literal && load > READ_LIMIT / 3)) {
                String msg = String.format(Locale.ROOT, "%s reads %.0f units/s%s", p.id(), load,
                        literal ? " from the single partition " + pk.value() : " if its traffic goes to one key");
                s.warnings().add(new Warning("hot-partition", load > READ_LIMIT ? "warning" : "info", p.id(), msg,
                        "cache the result (DAX) or spread the items over N partitions (write sharding: suffix #0..#N-1) and query them in parallel"));
                changes.add(msg);
            }
        }
        for (Entity e : s.entities()) {
            double writes = 0;
            for (AccessPattern p : s.model().accessPatterns()) {
                PatternPlan plan = s.plans().get(p.id());
                if (!p.isRead() && p.entity().equals(e.name()) && plan != null && plan.writeUnits() != null) {
                    writes += p.rateOrDefault() * Math.ceil(CapacityRule.size(e) / 1024.0);
                }
            }
            for (Layout l : s.layoutsOf(e.name())) {
                long partitions = Placement.partitions(e, l);
                if (partitions != Long.MAX_VALUE && writes > 0) {
                    String where = partitions == 1 ? "the single partition " + Keys.pkTemplate(l)
                            : "only " + partitions + " partitions (" + Keys.pkTemplate(l) + ")";
                    String msg = String.format(Locale.ROOT, "every %s write lands in %s of %s (%.0f units/s at peak)",
                            e.name(), where, l.slot() == 0 ? "the table" : l.indexName(), writes);
                    s.warnings().add(new Warning("hot-partition", writes / partitions > WRITE_LIMIT ? "warning" : "info", e.name(), msg,
                            "write sharding: add a suffix #0..#N-1 to the partition key and query the N partitions in parallel"));
                    changes.add(msg);
                }
            }
        }
        s.step(id(), !changes.isEmpty(), "Hot partitions",
                changes.isEmpty() ? "Not applicable because no partition key value takes more than 3,000 read or 1,000 write units per second at the given rates."
                        : "A single partition serves at most 3,000 read and 1,000 write units per second.",
                null, null, changes);
    }
}
