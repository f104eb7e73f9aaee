package io.keysmith.export.electrodb;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.export.SourceText;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ElectroDB calls of one read pattern, as TypeScript statements: each request of the plan
 * becomes a {@code get}, a query on the entity's named index (with {@code between}, {@code gt}...
 * for the sort key range) or a collection query, its values from the caller's parameters or from
 * the items the previous request found; conditions the key does not cover become a {@code where}.
 */
final class PatternCalls {

    private final ElectroEntities entities;

    PatternCalls(ElectroEntities entities) {
        this.entities = entities;
    }

    /** The statements of the function body; throws when the plan has a request ElectroDB cannot make. */
    List<String> read(AccessPattern p, PatternPlan plan) {
        List<PatternPlan> requests = plan.requests() != null ? plan.requests() : List.of(plan);
        Set<String> wanted = new LinkedHashSet<>(List.of(p.entity()));
        wanted.addAll(p.includeOrEmpty());
        List<String> lines = new ArrayList<>();
        List<String> results = new ArrayList<>();
        for (int k = 0; k < requests.size(); k++) {
            PatternPlan r = requests.get(k);
            String var = "r" + (k + 1);
            String previous = k == 0 ? null : "r" + k;
            if (r.keyCondition() == null || r.keyCondition().isEmpty() || "Scan".equals(r.operation())) {
                throw new ElectroDbNotExpressible("request " + r.id() + " is a " + r.operation() + " without a key");
            }
            List<ElectroEntity> owners = owners(r);
            if (owners.isEmpty()) {
                throw new ElectroDbNotExpressible("no generated entity owns the partition of request " + r.id());
            }
            List<ElectroEntity> inCollection = owners.stream().filter(e -> !e.marker() && wanted.contains(e.entity())).toList();
            ElectroEntity target = pick(owners, p.entity(), r);
            boolean collection = previous == null && inCollection.size() > 1 && target.index(r.index()).collection() != null;
            String valuesOf = previous == null ? null : "x";
            if (collection) {
                String call = "services[" + service(target) + "].collections[" + lit(target.index(r.index()).collection()) + "]("
                        + composites(target, target.index(r.index()).pk(), r, p, valuesOf) + ").go(" + options(r, null) + ")";
                lines.add("const c" + (k + 1) + " = (await " + call + ").data;");
                List<String> parts = new ArrayList<>();
                for (ElectroEntity e : inCollection) {
                    String items = "c" + (k + 1) + "[" + lit(e.variable()) + "]";
                    if (e.entity().equals(p.entity()) && p.limit() != null) {
                        items += ".slice(0, " + p.limit() + ")";
                    }
                    parts.add("...found(" + lit(e.variable()) + ", " + items + ")");
                }
                lines.add("const " + var + " = [" + String.join(", ", parts) + "];");
            } else {
                String call = call(target, r, p, valuesOf);
                if (previous == null) {
                    lines.add("const " + var + " = found(" + lit(target.variable()) + ", " + wrap(r, "(await " + call + ").data") + ");");
                } else {
                    lines.add("const " + var + " = found(" + lit(target.variable()) + ", (await Promise.all(" + previous
                            + ".map(async (x) => " + wrap(r, "(await " + call + ").data") + "))).flat());");
                }
            }
            if (!Boolean.TRUE.equals(r.intermediate())) {
                results.add(var);
            }
            if (k == 0 && !collection && requests.size() == 1) {
                int n = 1;
                for (ElectroEntity other : neighbours(r, owners, wanted)) {
                    String name = "i" + n++;
                    lines.add("const " + name + " = found(" + lit(other.variable()) + ", (await " + other.variable() + ".query["
                            + lit(other.index(r.index()).key()) + "](" + object(renamed(other, target, r, p)) + ").go(READ)).data);");
                    results.add(name);
                }
            }
        }
        List<String> filters = new ArrayList<>();
        wanted.forEach(w -> filters.add(lit(w)));
        lines.add("return [" + String.join(", ", results.stream().map(v -> "..." + v).toList()) + "].filter((f) => ["
                + String.join(", ", filters) + "].includes(f.entity));");
        return lines;
    }

    /**
     * Included entities stored in the request's partition under a template of the same shape with
     * other placeholder names (a user's item under {@code USER#{userId}}, their followers under
     * {@code USER#{followeeId}}): ElectroDB collections need one composite, so they are a second query.
     */
    private List<ElectroEntity> neighbours(PatternPlan r, List<ElectroEntity> owners, Set<String> wanted) {
        List<ElectroEntity> out = new ArrayList<>();
        KeyTemplate asked = null;
        for (ElectroEntity e : owners) {
            asked = e.index(r.index()).pk();
        }
        for (ElectroEntity e : entities.entities()) {
            ElectroEntity.Index i = e.index(r.index());
            if (e.marker() || !wanted.contains(e.entity()) || owners.contains(e) || i == null || !e.table().equals(r.table())
                    || !i.pkField().equals(owners.get(0).index(r.index()).pkField()) || asked == null) {
                continue;
            }
            if (shape(i.pk()).equals(shape(asked))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String shape(KeyTemplate t) {
        StringBuilder out = new StringBuilder();
        t.parts().forEach(x -> out.append(x instanceof KeyTemplate.Literal l ? l.text() : "\u0000"
                + ((KeyTemplate.Placeholder) x).pad()));
        return out.toString();
    }

    /** The other entity's partition composites with the values of the request's, place by place. */
    private Map<String, String> renamed(ElectroEntity other, ElectroEntity target, PatternPlan r, AccessPattern p) {
        List<KeyTemplate.Part> mine = other.index(r.index()).pk().parts();
        List<KeyTemplate.Part> theirs = target.index(r.index()).pk().parts();
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < mine.size(); i++) {
            if (mine.get(i) instanceof KeyTemplate.Placeholder ph && theirs.get(i) instanceof KeyTemplate.Placeholder from) {
                String v = value(target, from, r, p, null, -1);
                out.put(other.composite(ph), v);
            }
        }
        return out;
    }

    /** Entities that have the request's index with its partition template. */
    private List<ElectroEntity> owners(PatternPlan r) {
        List<ElectroEntity> out = new ArrayList<>();
        for (ElectroEntity e : entities.entities()) {
            ElectroEntity.Index i = e.index(r.index());
            if (e.table().equals(r.table()) && i != null && r.keyCondition().containsKey(i.pkField())
                    && String.valueOf(r.keyCondition().get(i.pkField()).value()).equals(i.pk().text())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The pattern's entity when it owns the partition, else the one whose sort key the condition starts like. */
    private static ElectroEntity pick(List<ElectroEntity> owners, String entity, PatternPlan r) {
        ElectroEntity index0 = owners.get(0);
        String skField = index0.index(r.index()).skField();
        KeyCondition sk = skField == null ? null : r.keyCondition().get(skField);
        String start = sk == null ? "" : KeyTemplate.of(sk.value() instanceof List<?> l ? String.valueOf(l.get(0))
                : String.valueOf(sk.value())).literalPrefix();
        for (ElectroEntity e : owners) {
            // a key condition on the whole sort key template names its entity
            if (sk != null && e.index(r.index()).sk() != null && String.valueOf(sk.value()).equals(e.index(r.index()).sk().text())) {
                return e;
            }
        }
        for (ElectroEntity e : owners) {
            ElectroEntity.Index i = e.index(r.index());
            if (!start.isEmpty() && i.sk() != null && i.sk().text().startsWith(start) && (e.entity().equals(entity) || !e.marker())) {
                if (e.entity().equals(entity) || owners.stream().noneMatch(o -> o.entity().equals(entity)
                        && o.index(r.index()).sk() != null && o.index(r.index()).sk().text().startsWith(start))) {
                    return e;
                }
            }
        }
        return owners.stream().filter(e -> e.entity().equals(entity) && !e.marker()).findFirst().orElse(owners.get(0));
    }

    private static String wrap(PatternPlan r, String data) {
        return "GetItem".equals(r.operation()) || "BatchGetItem".equals(r.operation()) ? "[" + data + "]" : data;
    }

    /** The ElectroDB call of one request on one entity. */
    private String call(ElectroEntity e, PatternPlan r, AccessPattern p, String from) {
        ElectroEntity.Index index = e.index(r.index());
        KeyCondition sk = index.skField() == null ? null : r.keyCondition().get(index.skField());
        boolean get = ("GetItem".equals(r.operation()) || "BatchGetItem".equals(r.operation())) && r.index() == null;
        if (get) {
            Map<String, String> values = new LinkedHashMap<>();
            values.putAll(values(e, index.pk(), r, p, from));
            if (sk != null) {
                values.putAll(values(e, KeyTemplate.of(String.valueOf(sk.value())), r, p, from));
            }
            return e.variable() + ".get(" + object(values) + ").go(GET)";
        }
        Map<String, String> key = new LinkedHashMap<>(values(e, index.pk(), r, p, from));
        String range = "";
        if (sk != null) {
            switch (sk.op()) {
                case "=" -> key.putAll(values(e, KeyTemplate.of(String.valueOf(sk.value())), r, p, from));
                case "begins_with" -> {
                    KeyTemplate prefix = KeyTemplate.of(String.valueOf(sk.value()));
                    List<String> named = prefix.attributes();
                    boolean partial = !named.isEmpty() && p.whereOrEmpty().stream()
                            .anyMatch(c -> c.op() == Op.BEGINS_WITH && c.attribute().equals(named.get(named.size() - 1)));
                    if (partial) {
                        // the value is a prefix of the attribute: ElectroDB's begins stops right after it
                        range = ".begins(" + bound(e, prefix, r, p, from, key, -1) + ")";
                    } else {
                        key.putAll(values(e, prefix, r, p, from));
                    }
                }
                case "between" -> {
                    List<?> bounds = (List<?>) sk.value();
                    KeyTemplate low = KeyTemplate.of(String.valueOf(bounds.get(0)));
                    KeyTemplate high = KeyTemplate.of(String.valueOf(bounds.get(1)));
                    if (!low.attributes().isEmpty() && !high.attributes().isEmpty()) {
                        range = ".between(" + bound(e, low, r, p, from, key, 0) + ", " + bound(e, high, r, p, from, key, 1) + ")";
                    } else if (!low.attributes().isEmpty()) {
                        // the upper bound is the end of the entity's keys, which its ownership by key also keeps
                        range = ".gte(" + bound(e, low, r, p, from, key, 0) + ")";
                    } else if (!high.attributes().isEmpty()) {
                        range = ".lte(" + bound(e, high, r, p, from, key, 1) + ")";
                    }
                }
                default -> {
                    if (KeyTemplate.of(String.valueOf(sk.value())).attributes().isEmpty()) {
                        throw new ElectroDbNotExpressible("request " + r.id() + " compares the sort key with a constant");
                    }
                    String method = switch (sk.op()) {
                        case "<" -> "lt";
                        case "<=" -> "lte";
                        case ">" -> "gt";
                        default -> "gte";
                    };
                    range = "." + method + "(" + bound(e, KeyTemplate.of(String.valueOf(sk.value())), r, p, from, key, -1) + ")";
                }
            }
        }
        return e.variable() + ".query[" + lit(index.key()) + "](" + object(key) + ")" + range + where(e, r, p)
                + ".go(" + options(r, e.entity().equals(p.entity()) ? p.limit() : null) + ")";
    }

    /**
     * One bound of a range: the composites before the ranged attribute go in the query's key, the
     * ranged one here, with the text the design's template has after it (the {@code #~} that takes
     * in every item of the upper bound's value).
     */
    private String bound(ElectroEntity e, KeyTemplate t, PatternPlan r, AccessPattern p, String from,
            Map<String, String> key, int side) {
        List<KeyTemplate.Part> parts = t.parts();
        int last = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof KeyTemplate.Placeholder) {
                last = i;
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < last; i++) {
            if (parts.get(i) instanceof KeyTemplate.Placeholder ph) {
                key.put(e.composite(ph), value(e, ph, r, p, from, -1));
            }
        }
        KeyTemplate.Placeholder ranged = (KeyTemplate.Placeholder) parts.get(last);
        StringBuilder tail = new StringBuilder();
        parts.subList(last + 1, parts.size()).forEach(x -> tail.append(((KeyTemplate.Literal) x).text()));
        String v = value(e, ranged, r, p, from, side);
        out.put(e.composite(ranged), tail.isEmpty() ? v : "String(" + v + ") + " + lit(tail.toString()));
        return object(out);
    }

    private Map<String, String> values(ElectroEntity e, KeyTemplate t, PatternPlan r, AccessPattern p, String from) {
        Map<String, String> out = new LinkedHashMap<>();
        for (KeyTemplate.Part part : t.parts()) {
            if (part instanceof KeyTemplate.Placeholder ph) {
                out.put(e.composite(ph), value(e, ph, r, p, from, -1));
            }
        }
        return out;
    }

    /** A placeholder's value: a constant of the pattern, a parameter, or the previous request's item. */
    private String value(ElectroEntity e, KeyTemplate.Placeholder ph, PatternPlan r, AccessPattern p, String from, int side) {
        String raw = null;
        for (Condition c : p.whereOrEmpty()) {
            if (c.attribute().equals(ph.attribute())) {
                raw = c.isConstant() ? constant(c.value()) : side >= 0 && c.op() == Op.BETWEEN
                        ? "params[" + lit(c.attribute()) + "][" + side + "]" : "params[" + lit(c.attribute()) + "]";
            }
        }
        if (raw == null && from != null) {
            raw = from + ".attributes[" + lit(ph.attribute()) + "]";
        }
        if (raw == null) {
            raw = "params[" + lit(ph.attribute()) + "]";
        }
        return ph.pad() == 0 ? raw : "keysmithNumber(" + raw + ", " + ph.pad() + ")";
    }

    /** The pattern's conditions no key template of the request names, as an ElectroDB where. */
    private String where(ElectroEntity e, PatternPlan r, AccessPattern p) {
        Set<String> keyed = io.keysmith.design.RequestKeys.served(r);
        List<String> clauses = new ArrayList<>();
        List<Condition> all = new ArrayList<>(p.whereOrEmpty());
        all.addAll(p.filterOrEmpty());
        for (Condition c : all) {
            String name = e.names().get(c.attribute());
            if (keyed.contains(c.attribute()) || name == null) {
                continue;
            }
            String a = "a[" + lit(name) + "]";
            String v = c.isConstant() ? constant(c.value()) : "params[" + lit(c.attribute()) + "]";
            clauses.add(switch (c.op()) {
                case EQ -> "o.eq(" + a + ", " + v + ")";
                case LT -> "o.lt(" + a + ", " + v + ")";
                case LE -> "o.lte(" + a + ", " + v + ")";
                case GT -> "o.gt(" + a + ", " + v + ")";
                case GE -> "o.gte(" + a + ", " + v + ")";
                case BEGINS_WITH -> "o.begins(" + a + ", " + v + ")";
                case BETWEEN -> "o.between(" + a + ", " + v + "[0], " + v + "[1])";
            });
        }
        return clauses.isEmpty() ? "" : ".where((a, o) => [" + String.join(", ", clauses) + "].join(\" AND \"))";
    }

    private static String options(PatternPlan r, Integer limit) {
        List<String> out = new ArrayList<>(List.of("...READ"));
        if (Boolean.FALSE.equals(r.scanIndexForward())) {
            out.add("order: \"desc\"");
        }
        if (limit != null) {
            out.add("count: " + limit);
        }
        return "{ " + String.join(", ", out) + " }";
    }

    private String composites(ElectroEntity e, KeyTemplate pk, PatternPlan r, AccessPattern p, String from) {
        return object(values(e, pk, r, p, from));
    }

    private String service(ElectroEntity e) {
        return ElectroDbExporter.serviceVariable(entities, e.table());
    }

    static String object(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(lit(k) + ": " + v));
        return "{ " + String.join(", ", out) + " }";
    }

    static String constant(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return lit(String.valueOf(value));
    }

    static String lit(String text) {
        return SourceText.typescript(text);
    }
}
