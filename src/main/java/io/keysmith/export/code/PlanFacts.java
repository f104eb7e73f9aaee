package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.PresentWhen;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a generated module's runtime needs to execute the design's plans, as plain data (maps,
 * lists, strings, numbers, booleans) that any language can print as a literal: per table its key
 * types and item rows, per entity its typed attributes, per access pattern its conditions and
 * the requests of its plan (a read's {@code requests}, a write's {@code program} as the design
 * document spells it). Language-neutral: the Java, Python and TypeScript modules embed the same
 * facts.
 */
public final class PlanFacts {

    private PlanFacts() {
    }

    /** The facts of every table, entity and planned access pattern. */
    public static Map<String, Object> of(Model model, Design design) {
        Map<String, Object> facts = storage(model, design);
        Map<String, Object> patterns = new LinkedHashMap<>();
        for (PatternPlan plan : design.accessPatterns()) {
            patterns.put(plan.id(), pattern(plan, pattern(model, plan.id()), design));
        }
        facts.put("patterns", patterns);
        return facts;
    }

    /** The facts of every table and entity, without the patterns (a generated file may keep each pattern apart). */
    public static Map<String, Object> storage(Model model, Design design) {
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, Object> tables = new LinkedHashMap<>();
        design.tables().forEach(t -> tables.put(t.name(), table(t)));
        Map<String, Object> entities = new LinkedHashMap<>();
        model.entities().forEach(e -> entities.put(e.name(), entity(e)));
        facts.put("tables", tables);
        facts.put("entities", entities);
        return facts;
    }

    /** The facts of one pattern alone (a generated file may keep each in its own function). */
    public static Map<String, Object> pattern(Model model, Design design, PatternPlan plan) {
        return pattern(plan, pattern(model, plan.id()), design);
    }

    static Optional<AccessPattern> pattern(Model model, String id) {
        return model.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static Map<String, Object> table(Table t) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> keys = new LinkedHashMap<>();
        key(keys, t.partitionKey());
        key(keys, t.sortKey());
        Map<String, Object> indexes = new LinkedHashMap<>();
        for (SecondaryIndex i : t.globalSecondaryIndexes()) {
            key(keys, i.partitionKey());
            key(keys, i.sortKey());
            indexes.put(i.name(), index(i.partitionKey(), i.sortKey()));
        }
        for (SecondaryIndex i : t.localSecondaryIndexes()) {
            key(keys, i.sortKey());
            indexes.put(i.name(), index(t.partitionKey(), i.sortKey()));
        }
        out.put("partitionKey", t.partitionKey().name());
        out.put("sortKey", t.sortKey() == null ? null : t.sortKey().name());
        out.put("keyTypes", keys);
        out.put("indexes", indexes);
        List<Object> rows = new ArrayList<>();
        t.items().forEach(r -> rows.add(row(r)));
        out.put("rows", rows);
        return out;
    }

    private static Map<String, Object> index(KeyAttribute partition, KeyAttribute sort) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("partitionKey", partition == null ? null : partition.name());
        out.put("sortKey", sort == null ? null : sort.name());
        return out;
    }

    private static void key(Map<String, Object> keys, KeyAttribute key) {
        if (key != null) {
            keys.putIfAbsent(key.name(), key.type() == null ? "S" : key.type());
        }
    }

    private static Map<String, Object> row(ItemRow r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entity", r.entity());
        out.put("keys", new LinkedHashMap<>(r.keys()));
        if (r.presentWhen() != null) {
            Map<String, Object> when = new LinkedHashMap<>();
            r.presentWhen().forEach((k, w) -> when.put(k, when(w)));
            out.put("presentWhen", when);
        }
        putIf(out, "kind", r.kind());
        putIf(out, "embeddedIn", r.embeddedIn());
        putIf(out, "attribute", r.attribute());
        putIf(out, "keyedBy", r.keyedBy());
        putIf(out, "hostKey", r.hostKey() == null ? null : new LinkedHashMap<>(r.hostKey()));
        return out;
    }

    private static Map<String, Object> when(PresentWhen w) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("attribute", w.attribute());
        out.put("op", w.op() == null ? "=" : w.op());
        putIf(out, "value", w.value());
        return out;
    }

    private static Map<String, Object> entity(Entity e) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Attribute a : e.attributes()) {
            attributes.put(a.name(), a.type() == null ? "string" : a.type().json());
        }
        out.put("attributes", attributes);
        out.put("identifiers", e.identifierNames());
        return out;
    }

    private static Map<String, Object> pattern(PatternPlan plan, Optional<AccessPattern> pattern, Design design) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", PatternShape.type(plan, pattern));
        putIf(out, "entity", pattern.map(AccessPattern::entity).orElse(null));
        pattern.ifPresent(p -> {
            putIf(out, "where", conditions(p.whereOrEmpty()));
            putIf(out, "filter", conditions(p.filterOrEmpty()));
            if (p.orderBy() != null) {
                out.put("orderBy", ordered("attribute", p.orderBy().attribute(), "descending", p.orderBy().descending()));
            }
            putIf(out, "limit", p.limit());
            putIf(out, "include", p.include());
            putIf(out, "set", p.set());
            embedding(design, p).ifPresent(e -> out.put("embedded", e));
            List<Object> embeddedIncludes = new ArrayList<>();
            for (String x : p.includeOrEmpty()) {
                rowsOf(design, x).stream().filter(r -> r.embeddedIn() != null && r.embeddedIn().equals(p.entity())
                        && r.attribute() != null).findFirst().ifPresent(r -> embeddedIncludes.add(ordered("entity", x,
                        "attribute", r.attribute())));
            }
            putIf(out, "embeddedIncludes", embeddedIncludes);
        });
        List<Object> requests = new ArrayList<>();
        for (PatternPlan r : plan.requests() != null ? plan.requests() : List.of(plan)) {
            requests.add(request(r, plan));
        }
        if (plan.program() != null) {
            List<Object> program = new ArrayList<>();
            plan.program().forEach(step -> program.add(ModelJson.MAPPER.convertValue(step, Map.class)));
            out.put("program", program);
        } else {
            out.put("requests", requests);
        }
        return out;
    }

    /** For a read of an entity stored only inside its host's items: the host and its map. */
    private static Optional<Map<String, Object>> embedding(Design design, AccessPattern p) {
        List<ItemRow> rows = rowsOf(design, p.entity());
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.embeddedIn() == null)) {
            return Optional.empty();
        }
        return rows.stream().filter(r -> r.attribute() != null).findFirst()
                .map(r -> ordered("host", r.embeddedIn(), "attribute", r.attribute()));
    }

    private static List<ItemRow> rowsOf(Design design, String entity) {
        return design.tables().stream().flatMap(t -> t.items().stream()).filter(r -> r.entity().equals(entity)).toList();
    }

    private static Map<String, Object> request(PatternPlan r, PatternPlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("operation", r.operation() == null ? "Query" : r.operation());
        out.put("table", r.table() == null ? plan.table() : r.table());
        putIf(out, "index", r.index());
        if (r.keyCondition() != null) {
            Map<String, Object> keys = new LinkedHashMap<>();
            for (Map.Entry<String, KeyCondition> k : r.keyCondition().entrySet()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("op", k.getValue().op() == null ? "=" : k.getValue().op());
                c.put("value", k.getValue().value());
                keys.put(k.getKey(), c);
            }
            out.put("keyCondition", keys);
        }
        putIf(out, "scanIndexForward", r.scanIndexForward());
        putIf(out, "consistentRead", r.consistentRead());
        putIf(out, "limit", r.limit());
        if (r.filterExpression() != null) {
            out.put("filter", true);
            putIf(out, "rechecked", List.copyOf(io.keysmith.design.RequestKeys.rechecked(r)));
        }
        putIf(out, "intermediate", r.intermediate());
        putIf(out, "shards", r.shards());
        return out;
    }

    private static List<Object> conditions(List<Condition> conditions) {
        List<Object> out = new ArrayList<>();
        for (Condition c : conditions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("attribute", c.attribute());
            m.put("op", c.op().json());
            putIf(m, "value", c.value());
            out.add(m);
        }
        return out;
    }

    /** A map of two entries in the order given (the generated files must not depend on hash order). */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(k1, v1);
        out.put(k2, v2);
        return out;
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
            map.put(key, value);
        }
    }
}
