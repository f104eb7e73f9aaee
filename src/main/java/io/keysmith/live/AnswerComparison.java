package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what a read pattern's plan returned with the model's answer for the same
 * parameters: no foreign or repeated items, the same main items up to the limit, in the asked
 * order, with the included items that belong to them.
 */
final class AnswerComparison {

    private final SeededItems seeded;
    private final Semantics semantics;

    AnswerComparison(SeededItems seeded, Semantics semantics) {
        this.seeded = seeded;
        this.semantics = semantics;
    }

    /** Why the returned items differ from the model's answer, or null when they are the same. */
    String differences(AccessPattern p, PatternPlan pp, Map<String, Object> params, List<PlanRunner.Returned> returned) {
        List<Instance> main = new ArrayList<>();
        Map<String, List<Instance>> others = new HashMap<>();
        int unknown = 0;
        for (PlanRunner.Returned r : returned) {
            RenderedItem item = seeded.lookup(r);
            if (item == null) {
                unknown++;
            } else if (item.instance().entity().equals(p.entity())) {
                main.add(item.instance());
            } else {
                others.computeIfAbsent(item.instance().entity(), k -> new ArrayList<>()).add(item.instance());
            }
        }
        if (unknown > 0) {
            return unknown + " returned items are not seeded items";
        }
        for (String e : others.keySet()) {
            if (!p.includeOrEmpty().contains(e)) {
                return "returned " + others.get(e).size() + " " + e + " items the pattern does not ask for";
            }
        }
        if (new LinkedHashSet<>(main).size() != main.size()) {
            return "returned the same " + p.entity() + " more than once";
        }
        String mainProblem = mainItems(p, pp, params, main);
        return mainProblem != null ? mainProblem : includedItems(p, main, others);
    }

    private String mainItems(AccessPattern p, PatternPlan pp, Map<String, Object> params, List<Instance> main) {
        List<Instance> matching = semantics.matching(p, params);
        int want = p.limit() != null ? Math.min(p.limit(), matching.size()) : matching.size();
        if (("GetItem".equals(pp.operation()) || "one".equals(p.returns())) && matching.size() > 1 && p.orderBy() == null) {
            want = 1;
        }
        Set<Instance> matchingSet = new LinkedHashSet<>(matching);
        long wrong = main.stream().filter(i -> !matchingSet.contains(i)).count();
        if (wrong > 0) {
            return wrong + " returned " + p.entity() + " items do not match the pattern's conditions";
        }
        if (main.size() != want) {
            return "returned " + main.size() + " " + p.entity() + " items, the model's answer has " + want;
        }
        if (p.orderBy() != null && !Semantics.sameOrderValues(main, matching.subList(0, want), p.orderBy().attribute())) {
            return "items are not in " + p.orderBy().attribute() + " " + (p.orderBy().descending() ? "desc" : "asc") + " order";
        }
        return null;
    }

    private String includedItems(AccessPattern p, List<Instance> main, Map<String, List<Instance>> others) {
        for (String x : p.includeOrEmpty()) {
            if (p.entity().equals(seeded.hostOf(x))) {
                continue; // embedded in the main items: it came with them
            }
            Set<Instance> expected = semantics.included(p.entity(), x, main);
            List<Instance> actual = others.getOrDefault(x, List.of());
            if (expected != null && !(new LinkedHashSet<>(actual).equals(expected) && actual.size() == expected.size())) {
                return "returned " + actual.size() + " included " + x + " items, the model's answer has " + expected.size();
            }
        }
        return null;
    }
}
