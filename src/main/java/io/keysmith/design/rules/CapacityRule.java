package io.keysmith.design.rules;

import io.keysmith.design.Cost;
import io.keysmith.design.DesignState;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import io.keysmith.model.PatternType;
import java.util.ArrayList;
import java.util.List;

/**
 * Read and write units per request from item sizes (4 KB read units, halved for eventually
 * consistent reads; 1 KB write units, doubled in transactions; one more write per index that
 * holds the item), and monthly cost at each pattern's peak rate, on-demand and provisioned.
 */
final class CapacityRule implements Rule {

    static final int DEFAULT_ITEM_BYTES = 1024;
    static final double SECONDS_PER_MONTH = 730 * 3600.0;
    static final double ON_DEMAND_READ_PER_MILLION = 0.125;
    static final double ON_DEMAND_WRITE_PER_MILLION = 0.625;
    static final double RCU_HOUR = 0.00013;
    static final double WCU_HOUR = 0.00065;
    static final double STORAGE_GB_MONTH = 0.25;

    @Override
    public String id() {
        return "capacity-and-cost";
    }

    @Override
    public void apply(DesignState s) {
        double rps = 0;
        double wps = 0;
        double onDemand = 0;
        boolean provisioned = "PROVISIONED".equals(s.billingMode());
        for (AccessPattern p : s.model().accessPatterns()) {
            PatternPlan plan = s.plans().get(p.id());
            Entity e = s.entity(p.entity());
            if (plan == null || e == null) {
                continue;
            }
            double rate = p.rateOrDefault();
            Double ru = null;
            Double wu = null;
            double month;
            if (p.isRead()) {
                Need n = s.needs().stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow();
                ru = readUnits(s, n, plan);
                rps += rate * ru;
                month = rate * ru * SECONDS_PER_MONTH / 1e6 * ON_DEMAND_READ_PER_MILLION;
                if (provisioned) {
                    month = rate * ru * 730 * RCU_HOUR;
                }
            } else {
                wu = writeUnits(s, p, e, plan);
                wps += rate * wu;
                month = rate * wu * SECONDS_PER_MONTH / 1e6 * ON_DEMAND_WRITE_PER_MILLION;
                if (provisioned) {
                    month = rate * wu * 730 * WCU_HOUR;
                }
            }
            onDemand += provisioned ? 0 : month;
            s.plans().put(p.id(), new PatternPlan(plan.id(), plan.table(), plan.index(), plan.operation(),
                    plan.keyCondition(), plan.scanIndexForward(), plan.consistentRead(), plan.limit(),
                    plan.filterExpression(), plan.conditionExpression(), plan.updateExpression(), ru, wu,
                    round(month), plan.rule(), plan.verdict(), plan.requests()));
        }
        double readCost = rps * SECONDS_PER_MONTH / 1e6 * ON_DEMAND_READ_PER_MILLION;
        double writeCost = wps * SECONDS_PER_MONTH / 1e6 * ON_DEMAND_WRITE_PER_MILLION;
        double provisionedCost = Math.ceil(rps) * 730 * RCU_HOUR + Math.ceil(wps) * 730 * WCU_HOUR;
        double bytes = 0;
        for (Entity e : s.entities()) {
            long count = e.count() == null ? 0 : e.count();
            int copies = s.layoutsOf(e.name()).size() + s.lookupsOf(e.name()).size();
            bytes += (double) count * size(s, e) * copies;
        }
        double gb = bytes / 1e9;
        s.cost(new Cost(round(rps), round(wps), round(readCost + writeCost), round(provisionedCost), round(gb),
                round(gb * STORAGE_GB_MONTH)));
        List<String> changes = new ArrayList<>();
        changes.add(String.format(java.util.Locale.ROOT, "%.1f read units/s and %.1f write units/s at peak", rps, wps));
        changes.add(String.format(java.util.Locale.ROOT, "on-demand about $%.2f a month, provisioned about $%.2f, storage $%.2f",
                readCost + writeCost, provisionedCost, gb * STORAGE_GB_MONTH));
        s.step(id(), true, "Capacity and cost at the patterns' peak rates",
                "A read unit covers 4 KB strongly consistent or 8 KB eventually consistent; a write unit 1 KB, twice"
                        + " in a transaction; each index holding the item costs another write. Monthly figures assume the"
                        + " peak rate all month (us-east-1 list prices), so they are an upper bound.",
                null, null, changes);
    }

    /** The average item size with the children embedded in it (expected number of entries). */
    static double size(DesignState s, Entity e) {
        double bytes = size(e);
        for (DesignState.Embedding x : s.embeddedIn(e.name())) {
            bytes += x.expected() * size(s.entity(x.child()));
        }
        return bytes;
    }

    static int size(Entity e) {
        return e.itemSizeBytes() == null ? DEFAULT_ITEM_BYTES : e.itemSizeBytes();
    }

    private static double readUnits(DesignState s, Need n, PatternPlan plan) {
        double factor = n.strong() ? 1.0 : 0.5;
        Entity e = n.entity();
        if ("Scan".equals(plan.operation())) {
            long count = e.count() == null ? 1000 : e.count();
            return round(Math.ceil(count * size(s, e) / 4096) * 0.5);
        }
        // A GetItem followed by requests for included entities costs those requests too.
        if ("GetItem".equals(plan.operation()) && (plan.requests() == null || n.include().isEmpty())) {
            return round(Math.ceil(size(s, e) / 4096.0) * factor);
        }
        DesignState.Assignment a = s.assignment(n.id());
        double items = a != null && a.match() != null && a.match().fullKey() ? 1 : estimate(s, n);
        double bytes = items * size(s, e);
        for (String inc : n.include()) {
            Entity j = s.entity(inc);
            if (j != null) {
                bytes += size(s, j) * (isParent(s, e, inc) ? 1 : Math.max(1, ratio(j, e)));
            }
        }
        double units = Math.ceil(bytes / 4096) * factor;
        if (plan.requests() != null) {
            for (PatternPlan r : plan.requests().subList(1, plan.requests().size())) {
                // A Query per item of the first request costs at least one unit each.
                boolean perItem = "Query".equals(r.operation()) && "include-request".equals(r.rule());
                units += (perItem ? items : 1) * factor;
            }
        }
        return round(units);
    }

    private static boolean isParent(DesignState s, Entity e, String inc) {
        return s.parentLinks(e.name()).stream().anyMatch(l -> l.parent().equals(inc));
    }

    private static double ratio(Entity child, Entity parent) {
        if (child.count() == null || parent.count() == null || parent.count() == 0) {
            return 10;
        }
        return Math.min(1000, Math.max(1, (double) child.count() / parent.count()));
    }

    /** Items a Query returns: the limit, else children per parent from the counts, else 10. */
    private static double estimate(DesignState s, Need n) {
        if (n.pattern().limit() != null) {
            return n.pattern().limit();
        }
        if ("one".equals(n.pattern().returns())) {
            return 1;
        }
        for (DesignState.Link link : s.parentLinks(n.entity().name())) {
            if (n.eqAttributes().containsAll(link.foreignKey())) {
                return ratio(n.entity(), s.entity(link.parent()));
            }
        }
        return 10;
    }

    private static double writeUnits(DesignState s, AccessPattern p, Entity e, PatternPlan plan) {
        // An embedded entity is written by rewriting its host item.
        Entity stored = s.embedding(e.name()) == null ? e : s.entity(s.embedding(e.name()).host());
        double item = Math.ceil(size(s, stored) / 1024.0);
        List<Layout> indexes = s.layoutsOf(stored.name()).stream().filter(l -> l.slot() != 0).toList();
        double units = item * (1 + indexes.size());
        if ("TransactWriteItems".equals(plan.operation())) {
            int lookups = p.type() == PatternType.UPDATE
                    ? 2 * (int) s.lookupsOf(e.name()).stream().filter(l -> p.setOrEmpty().contains(l.attribute())).count()
                    : s.lookupsOf(e.name()).size();
            units = 2 * (units + lookups * item);
        }
        return round(units);
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
