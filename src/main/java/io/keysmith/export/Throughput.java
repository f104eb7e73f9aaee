package io.keysmith.export;

import io.keysmith.design.Cost;
import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import io.keysmith.model.PatternType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provisioned capacity per table and per global secondary index: the capacity model's figures
 * for each (the design's {@code cost.indexes}) when the design has them, else from the design's
 * plans: the units each plan puts on each index at its pattern's peak rate. A write is counted on every
 * index its item lands in (a row of the entity with that index's partition key); local indexes
 * and lookup items share the table's capacity. The one place exports and {@code apply} get
 * capacity from.
 */
public final class Throughput {

    /** Autoscaling keeps consumed capacity near this percentage of provisioned capacity. */
    public static final int TARGET_UTILIZATION = 70;

    /** Autoscaling's floor is the designed capacity (the peak the estimate prices); it may grow fourfold, within the default quota. */
    public static long maxCapacity(long designed) {
        return Math.max(designed, Math.min(designed * 4, 40_000));
    }

    /** Read and write units of the table itself ({@code index} null) or of one GSI. */
    public record Units(long read, long write) {
    }

    private final Map<String, double[]> units = new HashMap<>();
    private final boolean planned;

    private Throughput(boolean planned) {
        this.planned = planned;
    }

    /** The capacity of a table and its GSIs; without plan units it falls back to the table's figures everywhere. */
    public static Throughput of(Table table, Design design, Model model) {
        if (design != null && design.cost() != null && design.cost().of(table.name(), null) != null) {
            // The engine's capacity model already priced the table and each GSI on its own.
            Throughput t = new Throughput(true);
            for (Cost.IndexCost i : design.cost().indexes()) {
                if (table.name().equals(i.table()) && (i.index() == null || gsiOrTable(table, i.index()) != null)) {
                    t.add(i.index(), i.readUnitsPerSecond(), false);
                    t.add(i.index(), i.writeUnitsPerSecond(), true);
                }
            }
            return t;
        }
        List<PatternPlan> plans = design == null ? List.of()
                : design.accessPatterns().stream().filter(p -> table.name().equals(p.table())).toList();
        boolean planned = plans.stream().anyMatch(p -> p.readUnits() != null || p.writeUnits() != null);
        Throughput t = new Throughput(planned);
        for (PatternPlan plan : plans) {
            Optional<AccessPattern> pattern = model == null ? Optional.empty()
                    : model.accessPatterns().stream().filter(p -> p.id().equals(plan.id())).findFirst();
            double rate = pattern.map(AccessPattern::rateOrDefault).orElse(1.0);
            if (plan.readUnits() != null) {
                t.add(gsiOrTable(table, plan.index()), rate * plan.readUnits(), false);
            }
            if (plan.writeUnits() != null) {
                t.write(table, plan, pattern.orElse(null), rate * plan.writeUnits());
            }
        }
        return t;
    }

    private void write(Table table, PatternPlan plan, AccessPattern pattern, double total) {
        String entity = pattern == null ? null : pattern.entity();
        String stored = table.items().stream().filter(r -> r.entity().equals(entity) && r.embeddedIn() != null)
                .map(ItemRow::embeddedIn).findFirst().orElse(entity);
        List<ItemRow> rows = table.items().stream()
                .filter(r -> r.entity().equals(stored) && r.embeddedIn() == null && !"lookup".equals(r.kind())).toList();
        // Without the model the entity is unknown: count the write on every index, never fewer.
        boolean unknown = entity == null;
        List<String> gsis = table.globalSecondaryIndexes().stream()
                .filter(i -> unknown || i.partitionKey() != null
                        && rows.stream().anyMatch(r -> r.keys().containsKey(i.partitionKey().name())))
                .map(SecondaryIndex::name).toList();
        long lsis = table.localSecondaryIndexes().stream()
                .filter(i -> unknown || i.sortKey() != null && rows.stream().anyMatch(r -> r.keys().containsKey(i.sortKey().name())))
                .count();
        // The plan's units are (item + each index holding it + lookup items), doubled in a transaction: split evenly.
        double parts = 1 + gsis.size() + lsis + lookupWrites(table, plan, pattern, stored);
        double each = total / parts;
        add(null, total - each * gsis.size(), true);
        gsis.forEach(g -> add(g, each, true));
    }

    /** Lookup items a transaction writes: all of them on create and delete, old and new on an update of the attribute. */
    private static int lookupWrites(Table table, PatternPlan plan, AccessPattern pattern, String entity) {
        if (!"TransactWriteItems".equals(plan.operation())) {
            return 0;
        }
        List<ItemRow> lookups = table.items().stream().filter(r -> r.entity().equals(entity) && "lookup".equals(r.kind())).toList();
        if (pattern == null || pattern.type() != PatternType.UPDATE) {
            return lookups.size();
        }
        long changed = lookups.stream().filter(r -> r.keys().values().stream()
                .anyMatch(k -> pattern.setOrEmpty().stream().anyMatch(a -> k.contains("{" + a + "}")))).count();
        return 2 * (int) changed;
    }

    private static String gsiOrTable(Table table, String index) {
        return index != null && table.globalSecondaryIndexes().stream().anyMatch(i -> index.equals(i.name())) ? index : null;
    }

    private void add(String index, double value, boolean write) {
        units.computeIfAbsent(index == null ? "" : index, k -> new double[2])[write ? 1 : 0] += value;
    }

    /** The table's own units; the table's figures (or the default) when the plans carry none. */
    public Units table(Table table) {
        return planned ? units("") : fallback(table);
    }

    /** The units of one GSI; the table's figures when the plans carry none, so that index writes never throttle the table. */
    public Units index(Table table, String index) {
        return planned ? units(index) : fallback(table);
    }

    private Units units(String key) {
        double[] u = units.getOrDefault(key, new double[2]);
        return new Units(Math.max(1, (long) Math.ceil(u[0] - 1e-9)), Math.max(1, (long) Math.ceil(u[1] - 1e-9)));
    }

    private static Units fallback(Table table) {
        return table.provisioned() == null ? new Units(TableSpec.DEFAULT_CAPACITY, TableSpec.DEFAULT_CAPACITY)
                : new Units(Math.max(1, table.provisioned().readCapacityUnits()),
                        Math.max(1, table.provisioned().writeCapacityUnits()));
    }

    /** Units per index name ("" for the table), for tests and the review. */
    Map<String, Units> all() {
        Map<String, Units> out = new LinkedHashMap<>();
        units.keySet().stream().sorted().forEach(k -> out.put(k, units(k)));
        return out;
    }
}
