package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Warning;
import io.keysmith.design.capacity.CapacityReport;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Warns about every read pattern whose {@code =} conditions no key holds: the request reads the
 * wider group its key fixes and filters the rest out, paying for every item it reads.
 */
final class UnindexedLookupRule {

    static final String ID = "unindexed-lookup";

    private UnindexedLookupRule() {
    }

    /** Adds the warnings and the step, with the keys as the capacity report reads them. */
    static void apply(DesignState s, CapacityReport report) {
        List<String> changes = new ArrayList<>();
        for (AccessPattern p : s.model().accessPatterns()) {
            PatternPlan plan = s.plans().get(p.id());
            Entity e = s.entity(p.entity());
            if (plan == null || e == null || !p.isRead() || "Scan".equals(plan.operation())) {
                continue;
            }
            PatternPlan first = plan.requests() == null ? plan : plan.requests().get(0);
            if (Boolean.TRUE.equals(first.intermediate()) || first.keyCondition() == null) {
                continue;
            }
            Set<String> fixed = report.fixed(p, e, first, new LinkedHashMap<>());
            List<String> filtered = p.whereOrEmpty().stream().filter(c -> c.op() == Op.EQ && !fixed.contains(c.attribute()))
                    .map(Condition::attribute).distinct().toList();
            boolean oneItem = fixed.containsAll(e.identifierNames())
                    || e.uniqueAttributes().stream().anyMatch(a -> fixed.contains(a.name()));
            if (filtered.isEmpty() || oneItem) {
                continue;
            }
            String message = p.id() + " finds " + e.name() + " items by " + String.join(", ", filtered)
                    + " with a filter: no key holds " + (filtered.size() == 1 ? "it" : "them") + ", so each request reads"
                    + (fixed.isEmpty() ? " every item of its partition" : " every item with the same " + String.join(", ", fixed))
                    + " and pays for them all";
            s.warnings().add(new Warning("unindexed-lookup", "warning", p.id(), message,
                    "add a key (or index) that holds " + String.join(", ", filtered)));
            changes.add(message);
        }
        s.step(ID, !changes.isEmpty(), "Lookups no key holds",
                changes.isEmpty() ? "Not applicable because every read pattern's = conditions are in the key it reads."
                        : "A condition the key does not hold is a filter: DynamoDB reads and charges every item of the key's"
                                + " range before dropping those that do not match.",
                null, null, changes);
    }
}
