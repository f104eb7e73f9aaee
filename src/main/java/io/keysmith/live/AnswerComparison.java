package io.keysmith.live;

import io.keysmith.data.Instance;
import io.keysmith.data.RenderedItem;
import io.keysmith.design.ItemRow;
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
        if (mainProblem != null) {
            return mainProblem;
        }
        String includedProblem = includedItems(p, params, main, others);
        return includedProblem != null ? includedProblem : embeddedIncludes(p, returned);
    }

    /** The entries of children embedded in the returned main items against the model's answer for each. */
    private String embeddedIncludes(AccessPattern p, List<PlanRunner.Returned> returned) {
        for (String x : p.includeOrEmpty()) {
            ItemRow row = seeded.embedded().rowOf(x);
            if (row == null || !p.entity().equals(row.embeddedIn())) {
                continue;
            }
            for (PlanRunner.Returned r : returned) {
                RenderedItem item = seeded.lookup(r);
                if (item == null || !item.instance().entity().equals(p.entity())) {
                    continue;
                }
                Set<Instance> expected = semantics.included(p.entity(), x, List.of(item.instance()));
                String problem = EmbeddedMaps.differences(row, r.item(), expected == null ? Set.of() : expected);
                if (problem != null) {
                    return "the " + p.entity() + " item " + PrimaryKey.of(seeded.design(), item) + ": " + problem;
                }
            }
        }
        return null;
    }

    /**
     * For a read of an entity stored inside its host's items: the returned items must be hosts
     * whose maps hold exactly their seeded children; the entries the application then picks
     * (the pattern's conditions, order and limit applied to the maps) must be the model's answer.
     */
    String embeddedDifferences(AccessPattern p, PatternPlan pp, Map<String, Object> params, ItemRow row,
            List<PlanRunner.Returned> returned) {
        List<Instance> picked = new ArrayList<>();
        Set<Instance> hosts = new LinkedHashSet<>();
        for (PlanRunner.Returned r : returned) {
            RenderedItem item = seeded.lookup(r);
            if (item == null || !item.instance().entity().equals(row.embeddedIn())) {
                return item == null ? "a returned item is not a seeded item"
                        : "returned a " + item.instance().entity() + " item, " + p.entity() + " is stored in " + row.embeddedIn() + " items";
            }
            if (!hosts.add(item.instance())) {
                continue;
            }
            List<Object> hostValues = row.hostKey().values().stream().map(item.instance()::get).toList();
            List<Instance> children = seeded.embedded().childrenOf(row, hostValues);
            String problem = EmbeddedMaps.differences(row, r.item(), children);
            if (problem != null) {
                return "the " + row.embeddedIn() + " item " + PrimaryKey.of(seeded.design(), item) + ": " + problem;
            }
            children.stream().filter(c -> Semantics.holds(p.whereOrEmpty(), c, params) && Semantics.holds(p.filterOrEmpty(), c, params))
                    .forEach(picked::add);
        }
        if (p.orderBy() != null) {
            picked.sort(Semantics.order(p.orderBy()));
        }
        if (p.limit() != null && picked.size() > p.limit()) {
            picked = picked.subList(0, p.limit());
        }
        return mainItems(p, false, params, picked);
    }

    private String mainItems(AccessPattern p, PatternPlan pp, Map<String, Object> params, List<Instance> main) {
        return mainItems(p, "GetItem".equals(pp.operation()), params, main);
    }

    private String mainItems(AccessPattern p, boolean oneItem, Map<String, Object> params, List<Instance> main) {
        List<Instance> matching = semantics.matching(p, params);
        int want = p.limit() != null ? Math.min(p.limit(), matching.size()) : matching.size();
        if ((oneItem || "one".equals(p.returns())) && matching.size() > 1 && p.orderBy() == null) {
            want = 1;
        }
        Set<Instance> matchingSet = new LinkedHashSet<>(matching);
        List<Instance> wrong = main.stream().filter(i -> !matchingSet.contains(i)).toList();
        if (!wrong.isEmpty()) {
            return wrong.size() + " returned " + p.entity() + " items do not match the pattern's conditions, e.g. "
                    + shown(p, wrong.get(0));
        }
        if (main.size() != want) {
            List<Instance> missing = matching.stream().filter(i -> !main.contains(i)).limit(3).toList();
            return "returned " + main.size() + " " + p.entity() + " items, the model's answer has " + want
                    + (missing.isEmpty() || main.size() > want ? "" : ", missing " + missing.stream().map(i -> shown(p, i)).toList());
        }
        if (p.orderBy() != null && !Semantics.sameOrderValues(main, matching.subList(0, want), p.orderBy().attribute())) {
            String a = p.orderBy().attribute();
            return "items are not in " + a + " " + (p.orderBy().descending() ? "desc" : "asc") + " order: got "
                    + main.stream().limit(5).map(i -> i.get(a)).toList() + ", expected "
                    + matching.subList(0, want).stream().limit(5).map(i -> i.get(a)).toList();
        }
        return null;
    }

    /** An instance as a report names it: its identifiers and the values the pattern's conditions look at. */
    private String shown(AccessPattern p, Instance i) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        semantics.model().entity(i.entity()).ifPresent(e -> e.identifierNames().forEach(a -> values.put(a, i.get(a))));
        p.whereOrEmpty().forEach(c -> values.put(c.attribute(), i.get(c.attribute())));
        p.filterOrEmpty().forEach(c -> values.put(c.attribute(), i.get(c.attribute())));
        return i.entity() + " " + values;
    }

    private String includedItems(AccessPattern p, Map<String, Object> params, List<Instance> main,
            Map<String, List<Instance>> others) {
        for (String x : p.includeOrEmpty()) {
            if (p.entity().equals(seeded.hostOf(x))) {
                continue; // embedded in the main items: compared entry by entry in embeddedIncludes
            }
            Set<Instance> expected = semantics.included(p.entity(), x, main);
            List<Instance> actual = others.getOrDefault(x, List.of());
            if (main.isEmpty() && !actual.isEmpty() && semantics.namedParents(p.entity(), x, params).containsAll(actual)
                    && actual.size() == new LinkedHashSet<>(actual).size()) {
                continue; // no children: the parent the parameters name may come alone (a customer without orders)
            }
            if (expected != null && !(new LinkedHashSet<>(actual).equals(expected) && actual.size() == expected.size())) {
                return "returned " + actual.size() + " included " + x + " items, the model's answer has " + expected.size();
            }
        }
        return null;
    }
}
