package io.keysmith.design;

import io.keysmith.design.program.ProgramSummary;
import io.keysmith.design.program.WritePrograms;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.BillingMode;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Turns the finished working state into the design document. */
final class DesignAssembler {

    private DesignAssembler() {
    }

    static Design assemble(DesignState s) {
        DesignInterrupted.check("assembling the design");
        List<Table> tables = tables(s);
        List<PatternPlan> plans = new ArrayList<>();
        boolean natural = s.multiTable();
        // Indexed once: looking each pattern up by a scan made assembly quadratic in the pattern count.
        Map<String, Need> needs = new HashMap<>();
        for (Need x : s.needs()) {
            needs.putIfAbsent(x.id(), x);
        }
        Map<String, AccessPattern> patterns = new HashMap<>();
        for (AccessPattern x : s.model().accessPatterns()) {
            patterns.putIfAbsent(x.id(), x);
        }
        for (AccessPattern p : s.model().accessPatterns()) {
            PatternPlan plan = s.plans().get(p.id());
            if (plan != null) {
                Need n = needs.get(p.id());
                plans.add(natural ? naturalPlan(s, plan, p.entity(), n) : plan);
            }
        }
        WritePrograms programs = new WritePrograms(s.model(), tables);
        List<Warning> warnings = new ArrayList<>(s.warnings());
        for (int i = 0; i < plans.size(); i++) {
            if (i % 256 == 0) {
                DesignInterrupted.check("the write programs");
            }
            PatternPlan plan = plans.get(i);
            AccessPattern p = patterns.get(plan.id());
            WritePrograms.Program program = p == null ? null : programs.of(p).orElse(null);
            if (program != null) {
                // the program's summary keeps what the capacity figures assumed
                String assumed = s.capacityAssumption(p.id());
                plans.set(i, plan.withProgram(program.steps()).withVerdict(ProgramSummary.describe(program.steps())
                        + (assumed == null ? "" : " (" + assumed + ")")));
                if (program.warning() != null) {
                    warnings.add(new Warning("scan", "warning", p.id(), program.warning(),
                            "give the pattern the item's key, or add an index keyed by what it gives"));
                }
            }
        }
        return new Design(Design.FORMAT, s.model().name(), s.style(), tables, plans, s.denormalizations(),
                warnings, s.steps(), s.cost());
    }

    /** The plan with natural key names where the layout it reads has them (multi-table style). */
    private static PatternPlan naturalPlan(DesignState s, PatternPlan plan, String entity, Need n) {
        List<PatternPlan> requests = null;
        if (plan.requests() != null) {
            requests = new ArrayList<>();
            for (PatternPlan r : plan.requests()) {
                String target = r.id().equals(plan.id()) ? entity : r.id().substring(r.id().lastIndexOf('.') + 1);
                if (s.entity(target) == null) {
                    target = entity;
                }
                requests.add(naturalPlan(s, r, target, r.id().equals(plan.id()) ? n : null));
            }
        }
        int slot = plan.index() == null ? 0 : plan.index().startsWith("GSI") ? Integer.parseInt(plan.index().substring(3)) : -1;
        DesignState.Embedding embedded = s.embedding(entity);
        Layout l = slot < 0 ? null : s.layout(embedded == null ? entity : embedded.host(), slot);
        // A request on another table (the markers' own) keeps its generic keys.
        boolean own = plan.table() != null && plan.table().equals(s.tableOf(l == null ? entity : l.entity()));
        NaturalKeys.Names names = l == null || plan.keyCondition() == null || !own ? null : NaturalKeys.of(s, l);
        if (names == null) {
            return requests == null ? plan : copy(plan, plan.keyCondition(), plan.conditionExpression(), requests);
        }
        String condition = plan.conditionExpression() == null ? null
                : plan.conditionExpression().replace("(PK)", "(" + names.partitionKey() + ")");
        Map<String, KeyCondition> key = NaturalKeys.condition(names, plan.keyCondition(), l, n);
        String verdict = plan.verdict();
        if (key.size() < plan.keyCondition().size() && verdict != null) {
            // the entity prefix the generic sort key began with is gone: the Query reads its whole partition
            verdict = verdict.replace(Keys.PREFIX_READ, "the whole partition");
        }
        return copy(plan, key, condition, requests, verdict);
    }

    private static PatternPlan copy(PatternPlan p, java.util.Map<String, KeyCondition> key, String condition,
            List<PatternPlan> requests) {
        return copy(p, key, condition, requests, p.verdict());
    }

    private static PatternPlan copy(PatternPlan p, java.util.Map<String, KeyCondition> key, String condition,
            List<PatternPlan> requests, String verdict) {
        return new PatternPlan(p.id(), p.table(), p.index(), p.operation(), key, p.scanIndexForward(), p.consistentRead(),
                p.limit(), p.filterExpression(), condition, p.updateExpression(), p.readUnits(), p.writeUnits(),
                p.monthlyCost(), p.rule(), verdict, requests, p.intermediate(), p.program(), p.shards());
    }

    static List<Table> tables(DesignState s) {
        // The capacity estimate's figures by table, found once rather than searched per table.
        Map<String, Cost.IndexCost> own = new HashMap<>();
        if (s.cost() != null && s.cost().indexes() != null) {
            s.cost().indexes().stream().filter(i -> i.index() == null).forEach(i -> own.putIfAbsent(i.table(), i));
        }
        List<Table> tables = new ArrayList<>();
        for (String name : s.tableNames()) {
            tables.add(table(s, name, own.get(name)));
        }
        return tables;
    }

    /** The child attribute holding each identifier attribute of the host, in the host's identifier order. */
    private static Map<String, String> hostKey(DesignState.Embedding embedding) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < embedding.link().foreignKey().size(); i++) {
            out.put(embedding.link().foreignKey().get(i), embedding.link().parentIds().get(i));
        }
        return out;
    }

    /** The identifier and every attribute of the base key: what a marker must hold to lead to the item. */
    private static List<String> addressing(DesignState s, Entity e) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(e.identifierNames());
        for (ItemKeys.SlotKeys k : ItemKeys.of(s, e, s.multiTable())) {
            if (k.layout().isBase()) {
                Map<String, String> keys = ItemKeys.flat(List.of(k));
                out.addAll(new ItemRow(e.name(), keys, null, null, "item", null).attributesOf(keys.keySet()));
            }
        }
        return List.copyOf(out);
    }

    private static Table table(DesignState s, String name, Cost.IndexCost own) {
        List<Entity> members = s.entitiesIn(name);
        TreeSet<Integer> gsis = new TreeSet<>();
        TreeSet<Integer> lsis = new TreeSet<>();
        List<ItemRow> rows = new ArrayList<>();
        String ttl = null;
        Map<Integer, NaturalKeys.Names> natural = new LinkedHashMap<>();
        List<Entity> stored = members.stream().filter(e -> s.embedding(e.name()) == null).toList();
        Entity only = stored.size() == 1 ? stored.get(0) : null;
        for (Entity e : members) {
            if (ttl == null && e.ttl() != null && s.embedding(e.name()) == null) {
                ttl = e.ttl();
            }
            Map<String, PresentWhen> when = new LinkedHashMap<>();
            List<ItemKeys.SlotKeys> slots = ItemKeys.of(s, e, s.multiTable());
            for (ItemKeys.SlotKeys k : slots) {
                Layout l = k.layout();
                if (l.slot() > 0) {
                    gsis.add(l.slot());
                } else if (l.slot() < 0) {
                    lsis.add(-l.slot());
                }
                if (k.natural() != null) {
                    natural.put(l.slot(), k.natural());
                } else if (k.when() != null) {
                    when.put(l.pkName(), k.when());
                    when.put(l.skName(), k.when());
                }
            }
            Map<String, String> keys = ItemKeys.flat(slots);
            DesignState.Embedding embedding = s.embedding(e.name());
            if (embedding != null) {
                rows.add(new ItemRow(e.name(), Map.of(), embedding.host(), null, "embedded", "map " + embedding.attribute()
                        + " of the " + embedding.host() + " item, keyed by " + String.join("#", embedding.entryKey(e))
                        + ", at most " + embedding.maxChildren() + " entries", embedding.attribute(), embedding.entryKey(e),
                        hostKey(embedding)));
                continue;
            }
            // An implied edge entity is in no model file: its row says what it is.
            rows.add(new ItemRow(e.name(), keys, null, when, "item",
                    s.edgeEntities().contains(e.name()) ? e.description() : null));
        }
        // Markers live beside their items, or all in the markers' own table.
        List<Entity> marked = !s.markersApart() ? members : name.equals(s.markerTable()) ? s.entities() : List.of();
        for (Entity e : marked) {
            if (!name.equals(s.markerTableOf(e.name())) || s.lookupsOf(e.name()).isEmpty()) {
                continue;
            }
            List<String> addressing = addressing(s, e);
            for (Lookup lookup : s.lookupsOf(e.name())) {
                Map<String, String> keys = new LinkedHashMap<>();
                keys.put("PK", lookup.pk());
                keys.put("SK", lookup.sk());
                boolean identifier = lookup.attribute().equals(String.join(",", e.identifierNames()));
                rows.add(new ItemRow(e.name(), keys, null, null, "lookup", (identifier ? "identifier marker" : "uniqueness"
                        + " marker of " + lookup.attribute()) + ": holds what addresses the item; written"
                        + (identifier ? "" : " and moved") + " in the same transaction as the item", null, null, null,
                        addressing));
            }
        }
        List<SecondaryIndex> gsiList = new ArrayList<>();
        for (int k : gsis) {
            NaturalKeys.Names n = natural.get(k);
            gsiList.add(n != null
                    ? new SecondaryIndex("GSI" + k, new KeyAttribute(n.partitionKey(), NaturalKeys.typeOf(only, n.partitionKey())),
                            n.sortKey() == null ? null : new KeyAttribute(n.sortKey(), n.sortType()), s.projection(k))
                    : new SecondaryIndex("GSI" + k, KeyAttribute.string("GSI" + k + "PK"),
                            KeyAttribute.string("GSI" + k + "SK"), s.projection(k)));
        }
        List<SecondaryIndex> lsiList = new ArrayList<>();
        for (int k : lsis) {
            lsiList.add(new SecondaryIndex("LSI" + k, KeyAttribute.string("PK"), KeyAttribute.string("LSI" + k + "SK"),
                    s.projection(-k)));
        }
        // The table's own units from the capacity estimate (each GSI has its own); none before it ran.
        Table.Capacity capacity = s.billingMode() == BillingMode.PROVISIONED && own != null
                ? new Table.Capacity(Math.max(1, (long) Math.ceil(own.readUnitsPerSecond() - 1e-9)),
                        Math.max(1, (long) Math.ceil(own.writeUnitsPerSecond() - 1e-9)))
                : null;
        NaturalKeys.Names base = natural.get(0);
        KeyAttribute pk = base == null ? KeyAttribute.string("PK") : new KeyAttribute(base.partitionKey(),
                NaturalKeys.typeOf(only, base.partitionKey()));
        KeyAttribute sk = base == null ? KeyAttribute.string("SK")
                : base.sortKey() == null ? null : new KeyAttribute(base.sortKey(), base.sortType());
        return new Table(name, pk, sk, gsiList, lsiList, s.billingMode(), ttl, rows, capacity, null);
    }
}
