package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Warning;
import io.keysmith.model.AccessPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warns when one partition key value would take more than 3,000 read units per second,
 * DynamoDB's per-partition read limit (writes over the limit are sharded by
 * {@link WriteShardingRule}, which warns where sharding cannot help).
 */
final class HotPartitionRule implements Rule {


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
            // a scatter-gather read spreads its units over the shards' partitions
            double load = p.rateOrDefault() * plan.readUnits() / (plan.shards() == null ? 1 : plan.shards());
            KeyCondition pk = plan.keyCondition().values().iterator().next();
            boolean literal = !String.valueOf(pk.value()).contains("{");
            if (load > PartitionLimits.READ_UNITS || (literal && load > PartitionLimits.READ_UNITS / 3)) {
                String msg = String.format(Locale.ROOT, "%s reads %.0f units/s%s", p.id(), load,
                        literal ? " from the single partition " + pk.value() : " if its traffic goes to one key");
                s.warnings().add(new Warning("hot-partition", load > PartitionLimits.READ_UNITS ? "warning" : "info", p.id(), msg,
                        PartitionLimits.READ_REMEDY));
                changes.add(msg);
            }
        }
        s.step(id(), !changes.isEmpty(), "Hot partitions",
                changes.isEmpty() ? "Not applicable because no partition key value takes more than 3,000 read units per second at the given rates."
                        : "A single partition serves at most 3,000 read units per second.",
                null, null, changes);
    }
}
