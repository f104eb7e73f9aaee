package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.SampleData;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws request parameters for a read pattern from the seeded instances: equality values of a
 * real instance (the busiest group first, then random ones), and for a range condition bounds
 * taken from the values present in that group, so that answers are neither empty nor everything.
 */
final class Parameters {

    private Parameters() {
    }

    /** Up to {@code sets} parameter maps; a between parameter is a two-element list [low, high]. */
    static List<Map<String, Object>> draw(AccessPattern p, SampleData data, int sets, long seed) {
        List<Instance> pool = data.of(p.entity()).stream()
                .filter(i -> constantsHold(p, i) && parametersPresent(p, i)).toList();
        if (pool.isEmpty()) {
            pool = data.of(p.entity()).stream().filter(i -> parametersPresent(p, i)).toList();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        if (pool.isEmpty()) {
            return out;
        }
        List<Condition> eq = p.whereOrEmpty().stream().filter(c -> !c.isConstant() && c.op() == Op.EQ).toList();
        Map<List<Object>, List<Instance>> groups = new LinkedHashMap<>();
        for (Instance i : pool) {
            groups.computeIfAbsent(eq.stream().map(c -> i.get(c.attribute())).toList(), k -> new ArrayList<>()).add(i);
        }
        List<Instance> chosen = new ArrayList<>();
        chosen.add(groups.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow().get(0));
        Random rnd = new Random(seed);
        for (int k = 1; k < sets * 3 && chosen.size() < sets; k++) {
            Instance i = pool.get(rnd.nextInt(pool.size()));
            if (!chosen.contains(i)) {
                chosen.add(i);
            }
        }
        for (Instance i : chosen) {
            out.add(of(p, i, groups.get(eq.stream().map(c -> i.get(c.attribute())).toList())));
        }
        return out;
    }

    /** The parameters naming one instance: its equality values, range bounds from its group. */
    private static Map<String, Object> of(AccessPattern p, Instance i, List<Instance> group) {
        List<Condition> eq = p.whereOrEmpty().stream().filter(c -> !c.isConstant() && c.op() == Op.EQ).toList();
        Map<String, Object> params = new HashMap<>();
        eq.forEach(c -> params.put(c.attribute(), i.get(c.attribute())));
        for (Condition c : p.whereOrEmpty()) {
            if (!c.isConstant() && c.op() != Op.EQ) {
                params.put(c.attribute(), range(c, i, group));
            } else if (c.isConstant() && c.op() == Op.EQ) {
                // Constants fill key templates too, e.g. STATUS#{status} of a sparse index.
                params.putIfAbsent(c.attribute(), c.value());
            }
        }
        for (Condition c : p.filterOrEmpty()) {
            if (!c.isConstant()) {
                params.putIfAbsent(c.attribute(), c.op() == Op.EQ ? i.get(c.attribute()) : range(c, i, group));
            }
        }
        return params;
    }

    /**
     * The parameters that name an instance the write sequence touched (before or after the write),
     * for a read pattern whose parameters the instance carries; empty when it does not carry them.
     * Range bounds come from the live instances with the same equality values.
     */
    static java.util.Optional<Map<String, Object>> around(AccessPattern p, Instance touched, SampleData live) {
        if (!parametersPresent(p, touched)) {
            return java.util.Optional.empty();
        }
        List<Condition> eq = p.whereOrEmpty().stream().filter(c -> !c.isConstant() && c.op() == Op.EQ).toList();
        List<Instance> group = new ArrayList<>(live.of(p.entity()).stream().filter(i -> parametersPresent(p, i)
                && eq.stream().allMatch(c -> java.util.Objects.equals(i.get(c.attribute()), touched.get(c.attribute())))).toList());
        if (group.isEmpty()) {
            group.add(touched);
        }
        return java.util.Optional.of(of(p, touched, group));
    }

    private static Object range(Condition c, Instance i, List<Instance> group) {
        List<Object> values = group.stream().map(x -> x.get(c.attribute())).filter(v -> v != null)
                .sorted(io.keysmith.data.Values::compare).toList();
        Object mid = values.get(values.size() / 2);
        return switch (c.op()) {
            case BETWEEN -> List.of(values.get(values.size() / 4), values.get((3 * values.size()) / 4));
            case BEGINS_WITH -> prefix(String.valueOf(i.get(c.attribute())));
            default -> mid;
        };
    }

    /** A prefix that selects a useful part: the year and month of a date, otherwise about half the text. */
    static String prefix(String value) {
        if (value.matches("\\d{4}-\\d{2}.*")) {
            return value.substring(0, 7);
        }
        return value.substring(0, Math.max(1, value.length() / 2));
    }

    private static boolean constantsHold(AccessPattern p, Instance i) {
        List<Condition> constants = new ArrayList<>(p.whereOrEmpty().stream().filter(Condition::isConstant).toList());
        return Semantics.holds(constants, i, Map.of());
    }

    private static boolean parametersPresent(AccessPattern p, Instance i) {
        return p.whereOrEmpty().stream().filter(c -> !c.isConstant()).allMatch(c -> i.get(c.attribute()) != null)
                && p.filterOrEmpty().stream().filter(c -> !c.isConstant()).allMatch(c -> i.get(c.attribute()) != null);
    }
}
