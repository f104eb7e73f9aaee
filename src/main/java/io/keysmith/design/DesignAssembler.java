package io.keysmith.design;

import io.keysmith.model.AccessPattern;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns the finished working state into the design document. */
final class DesignAssembler {

    private DesignAssembler() {
    }

    static Design assemble(DesignState s) {
        List<Table> tables = new ArrayList<>();
        for (String name : s.tableNames()) {
            tables.add(table(s, name));
        }
        List<PatternPlan> plans = new ArrayList<>();
        for (AccessPattern p : s.model().accessPatterns()) {
            PatternPlan plan = s.plans().get(p.id());
            if (plan != null) {
                plans.add(plan);
            }
        }
        return new Design(Design.FORMAT, s.model().name(), s.style(), tables, plans, s.denormalizations(),
                s.warnings(), s.steps(), s.cost());
    }

    private static Table table(DesignState s, String name) {
        List<Entity> members = s.entities().stream().filter(e -> name.equals(s.tableOf(e.name()))).toList();
        TreeSet<Integer> gsis = new TreeSet<>();
        TreeSet<Integer> lsis = new TreeSet<>();
        List<ItemRow> rows = new ArrayList<>();
        String ttl = null;
        for (Entity e : members) {
            if (ttl == null && e.ttl() != null) {
                ttl = e.ttl();
            }
            Map<String, String> keys = new LinkedHashMap<>();
            Map<String, PresentWhen> when = new LinkedHashMap<>();
            for (Layout l : s.layoutsOf(e.name())) {
                if (l.slot() > 0) {
                    gsis.add(l.slot());
                } else if (l.slot() < 0) {
                    lsis.add(-l.slot());
                }
                if (!l.isLsi()) {
                    keys.put(l.pkName(), Keys.pkTemplate(l));
                }
                keys.put(l.skName(), Keys.skTemplate(l, e, s.prefix(e.name()), 99));
                if (l.when() != null) {
                    PresentWhen pw = new PresentWhen(l.when().attribute(), "=", l.when().value());
                    when.put(l.pkName(), pw);
                    when.put(l.skName(), pw);
                }
            }
            rows.add(new ItemRow(e.name(), keys, null, when, "item", null));
        }
        for (Entity e : members) {
            for (Lookup lookup : s.lookupsOf(e.name())) {
                rows.add(new ItemRow(e.name(), Map.of("PK", lookup.pk(), "SK", lookup.sk()), null, null, "lookup",
                        "copy keyed by unique " + lookup.attribute() + "; written in the same transaction as the item"));
            }
        }
        List<SecondaryIndex> gsiList = new ArrayList<>();
        for (int k : gsis) {
            gsiList.add(new SecondaryIndex("GSI" + k, KeyAttribute.string("GSI" + k + "PK"),
                    KeyAttribute.string("GSI" + k + "SK"), Projection.ALL));
        }
        List<SecondaryIndex> lsiList = new ArrayList<>();
        for (int k : lsis) {
            lsiList.add(new SecondaryIndex("LSI" + k, KeyAttribute.string("PK"), KeyAttribute.string("LSI" + k + "SK"),
                    Projection.ALL));
        }
        Table.Capacity capacity = null;
        if ("PROVISIONED".equals(s.billingMode())) {
            double r = 0;
            double w = 0;
            for (AccessPattern p : s.model().accessPatterns()) {
                PatternPlan plan = s.plans().get(p.id());
                if (plan != null && name.equals(plan.table())) {
                    r += plan.readUnits() == null ? 0 : plan.readUnits() * p.rateOrDefault();
                    w += plan.writeUnits() == null ? 0 : plan.writeUnits() * p.rateOrDefault();
                }
            }
            capacity = new Table.Capacity(Math.max(1, (long) Math.ceil(r)), Math.max(1, (long) Math.ceil(w)));
        }
        return new Table(name, KeyAttribute.string("PK"), KeyAttribute.string("SK"), gsiList, lsiList,
                s.billingMode(), ttl, rows, capacity, null);
    }
}
