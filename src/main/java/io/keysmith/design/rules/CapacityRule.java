package io.keysmith.design.rules;

import io.keysmith.design.Cost;
import io.keysmith.design.DesignState;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.design.capacity.CapacityReport;
import io.keysmith.design.capacity.Prices;
import io.keysmith.design.capacity.Units;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.BillingMode;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Read and write units per request and the monthly cost at each pattern's peak rate, on demand
 * and provisioned (each GSI with its own capacity), plus storage per table and index, from the
 * capacity model ({@link CapacityReport}); a figure the model does not give is assumed, and the
 * plan's verdict says so.
 */
final class CapacityRule implements Rule {

    static final int DEFAULT_ITEM_BYTES = Prices.DEFAULT_ITEM_BYTES;

    @Override
    public String id() {
        return "capacity-and-cost";
    }

    @Override
    public void apply(DesignState s) {
        List<Table> tables = s.tables();
        CapacityReport report = CapacityReport.of(s.model(), tables, List.copyOf(s.plans().values()), s::parentLinks);
        // before the plans below are replaced with their costed copies: the report has read these very requests
        UnindexedLookupRule.apply(s, report);
        boolean provisioned = s.billingMode() == BillingMode.PROVISIONED;
        List<String> assumed = new ArrayList<>();
        for (AccessPattern p : s.model().accessPatterns()) {
            PatternPlan plan = s.plans().get(p.id());
            CapacityReport.PatternUnits u = report.units(p.id());
            if (plan == null || u == null) {
                continue;
            }
            double rate = p.rateOrDefault();
            double month = provisioned
                    ? Prices.provisioned(u.readUnits() == null ? 0 : rate * u.readUnits(), u.writeUnits() == null ? 0 : rate * u.writeUnits())
                    : report.monthly(p);
            String verdict = plan.verdict();
            if (u.assumption() != null) {
                verdict = verdict + " (" + u.assumption() + ")";
                assumed.add(p.id() + ": " + u.assumption());
                s.capacityAssumption(p.id(), u.assumption());
            }
            s.plans().put(p.id(), plan.withCapacity(u.readUnits(), u.writeUnits(), Units.round(month), verdict));
        }
        Cost cost = report.cost();
        s.cost(cost);
        List<String> changes = new ArrayList<>();
        changes.add(String.format(Locale.ROOT, "%.1f read units/s and %.1f write units/s at peak", cost.readUnitsPerSecond(),
                cost.writeUnitsPerSecond()));
        changes.add(String.format(Locale.ROOT, "on-demand about $%.2f a month, provisioned about $%.2f, storage %.2f GB ($%.2f)",
                cost.onDemandMonthly(), cost.provisionedMonthly(), cost.storageGb(), cost.storageMonthly()));
        for (Cost.IndexCost i : cost.indexes() == null ? List.<Cost.IndexCost>of() : cost.indexes()) {
            changes.add(String.format(Locale.ROOT, "%s: %.1f read and %.1f write units/s, %.2f GB", i.index() == null
                    ? "table " + i.table() : i.index() + " of " + i.table(), i.readUnitsPerSecond(), i.writeUnitsPerSecond(),
                    i.storageGb()));
        }
        changes.addAll(assumed);
        s.step(id(), true, "Capacity and cost at the patterns' peak rates",
                "A read unit covers 4 KB strongly consistent or 8 KB eventually consistent; a write unit 1 KB, twice"
                        + " in a transaction. A Query reads the group its key fixes, sized from the model's counts,"
                        + " enumerations and relationships (a figure the model does not give is assumed and the plan says"
                        + " so); a Scan reads the whole table. Each index holding the item costs another write (a sparse"
                        + " index only for the items it holds, two when an update moves the item's key there), and stores"
                        + " what its projection copies. Monthly figures assume the peak rate all month (us-east-1 list"
                        + " prices), so they are an upper bound.",
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

    static double round(double v) {
        return Units.round(v);
    }
}
