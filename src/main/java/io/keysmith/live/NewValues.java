package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.Values;
import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.PresentWhen;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Attribute;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * New values for an update's {@code set} attributes, chosen to exercise what a design most often
 * gets wrong: half the time a value that moves the instance across a constant of a read pattern
 * or a {@code presentWhen} of the design (into or out of a sparse index); a fresh value never used
 * for a unique attribute; always a different value for an attribute a key is built from; else a
 * value another generated instance has.
 */
final class NewValues {

    private final Model model;
    private final Map<String, List<Instance>> donors;
    private final Map<String, Set<Object>> crossing = new HashMap<>();
    private int fresh;

    NewValues(Model model, Design design, Map<String, List<Instance>> donors) {
        this.model = model;
        this.donors = donors;
        for (AccessPattern p : model.accessPatterns()) {
            for (Condition c : concat(p.whereOrEmpty(), p.filterOrEmpty())) {
                if (c.isConstant() && c.value() != null) {
                    crossing.computeIfAbsent(p.entity() + "." + c.attribute(), k -> new HashSet<>()).add(c.value());
                }
            }
        }
        for (Table t : design.tables()) {
            for (ItemRow r : t.items()) {
                if (r.presentWhen() != null) {
                    for (PresentWhen w : r.presentWhen().values()) {
                        if (w.value() != null) {
                            crossing.computeIfAbsent(r.entity() + "." + w.attribute(), k -> new HashSet<>()).add(w.value());
                        }
                    }
                }
            }
        }
    }

    private static List<Condition> concat(List<Condition> a, List<Condition> b) {
        List<Condition> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The instance with new values for the attributes; {@code unique} holders are checked by the caller. */
    Instance update(Instance before, List<String> set, Random rnd, LiveInstances live) {
        Entity entity = model.entity(before.entity()).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>(before.attributes());
        for (String name : set) {
            Attribute a = entity.attribute(name).orElse(null);
            if (a == null || a.partOfIdentifier()) {
                continue;
            }
            Object current = values.get(name);
            Object next;
            if (a.mustBeUnique()) {
                next = unused(entity.name(), name, current == null ? donor(entity.name(), name, null, rnd) : current, live);
            } else if (crossing.containsKey(entity.name() + "." + name) && rnd.nextBoolean()) {
                next = across(entity.name(), name, current, rnd);
            } else {
                next = donor(entity.name(), name, current, rnd);
            }
            if (next != null) {
                values.put(name, next);
            }
        }
        return new Instance(before.entity(), values);
    }

    /** A value on the other side of the constants the attribute is compared with. */
    private Object across(String entity, String attribute, Object current, Random rnd) {
        Set<Object> constants = crossing.get(entity + "." + attribute);
        boolean inside = current != null && constants.stream().anyMatch(c -> Values.same(c, current));
        if (!inside) {
            List<Object> list = new ArrayList<>(constants);
            return list.get(rnd.nextInt(list.size()));
        }
        List<Object> outside = values(entity, attribute).stream()
                .filter(v -> constants.stream().noneMatch(c -> Values.same(c, v))).toList();
        return outside.isEmpty() ? changed(current, "-x") : outside.get(rnd.nextInt(outside.size()));
    }

    /** A value another generated instance has, different from the current one (changed text when none differs). */
    private Object donor(String entity, String attribute, Object current, Random rnd) {
        List<Object> candidates = values(entity, attribute).stream().filter(v -> current == null || !Values.same(v, current)).toList();
        if (!candidates.isEmpty()) {
            return candidates.get(rnd.nextInt(candidates.size()));
        }
        return current == null ? null : changed(current, "-v" + (++fresh));
    }

    private List<Object> values(String entity, String attribute) {
        return donors.getOrDefault(entity, List.of()).stream().map(i -> i.get(attribute)).filter(v -> v != null).distinct().toList();
    }

    /** A value of a unique attribute that no live instance holds and no earlier step used. */
    Object unused(String entity, String attribute, Object like, LiveInstances live) {
        Object v;
        do {
            v = changed(like, "-u" + (++fresh));
        } while (live.holder(entity, attribute, v, null) != null);
        return v;
    }

    static Object changed(Object v, String suffix) {
        if (v instanceof String s) {
            int at = s.indexOf('@');
            return at > 0 ? s.substring(0, at) + suffix + s.substring(at) : s + suffix;
        }
        long n = suffix.chars().filter(Character::isDigit).reduce(0, (a, c) -> a * 10 + (c - '0')) + 1;
        if (v instanceof Long l) {
            return l + 1_000_003L * n;
        }
        if (v instanceof Integer i) {
            return (long) i + 1_000_003L * n;
        }
        if (v instanceof BigDecimal d) {
            return d.add(BigDecimal.valueOf(1_000_003L * n));
        }
        if (v instanceof Boolean b) {
            return !b;
        }
        return v;
    }
}
