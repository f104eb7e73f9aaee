package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Match;
import io.keysmith.design.Need;
import io.keysmith.design.Placement;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses each entity's base table key from its own read patterns: the candidate that serves
 * the most of them (strongly consistent reads first, since only the base table and LSIs offer
 * them), built only from attributes that are always present and never updated.
 */
final class BaseTableKeyRule implements Rule {

    @Override
    public String id() {
        return "base-table-key";
    }

    @Override
    public void apply(DesignState s) {
        Placement placement = new Placement(s);
        List<String> changes = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        Map<String, List<Need>> includers = includers(s);
        for (Entity e : s.entities()) {
            List<Need> open = s.needsOf(e.name()).stream().filter(n -> !s.isAssigned(n)).toList();
            if (s.layout(e.name(), 0) == null && !open.isEmpty()) {
                Layout best = null;
                int bestScore = 0;
                for (Need n : open) {
                    Layout candidate = placement.propose(n, 0, false);
                    if (!placement.baseEligible(candidate)) {
                        continue;
                    }
                    int score = 0;
                    for (Need other : open) {
                        if (Keys.match(candidate, other) != null) {
                            score += other.strong() ? 1000 : 1;
                        }
                    }
                    // A pattern of another entity that fetches this one by key counts too: a
                    // BatchGetItem needs a base key its items can fill. On a tie it decides.
                    int fetches = fetches(s, e, candidate, includers.getOrDefault(e.name(), List.of()));
                    score = 2 * (score + fetches) + (fetches > 0 ? 1 : 0);
                    if (score > bestScore) {
                        best = candidate;
                        bestScore = score;
                    }
                }
                IdentifierFirst.Choice choice = IdentifierFirst.choose(s, placement, e, best, open);
                best = choice.layout();
                if (best != null) {
                    s.add(best);
                    changes.add(e.name() + ": PK " + Keys.pkTemplate(best) + ", SK "
                            + Keys.skTemplate(s, best) + (choice.reason() == null ? "" : " (" + choice.reason() + ")"));
                }
            }
            for (Need n : s.needsOf(e.name())) {
                if (s.isAssigned(n)) {
                    continue;
                }
                Layout base = s.layout(e.name(), 0);
                Match m = base == null ? null : Keys.match(base, n);
                if (m == null && base != null) {
                    m = extendBase(s, placement, n);
                }
                if (m != null) {
                    s.assign(n, new DesignState.Assignment(m, null, id(), false));
                    patterns.add(n.id());
                }
            }
        }
        s.step(id(), !changes.isEmpty(), "Base table keys from the patterns they serve best",
                "For each entity the engine tries the key every read pattern would like, keeps those made of"
                        + " attributes that are always present and never updated (a key cannot change), and picks the"
                        + " one serving the most patterns. A key built from grouping attributes (a country, a status)"
                        + " gives way to the entity's identifier when a pattern reads by identifier at least as often"
                        + " as any grouping pattern: the identifier keeps items unique and reads them consistently,"
                        + " and the grouping moves to an index. The remaining identifier attributes are appended to"
                        + " the sort key so every item stays unique.",
                null, patterns, changes);
    }

    /** The read patterns including each entity, indexed once so scoring a candidate does not scan every pattern. */
    private static Map<String, List<Need>> includers(DesignState s) {
        Map<String, List<Need>> out = new HashMap<>();
        for (Need n : s.needs()) {
            for (String inc : n.include()) {
                List<Need> list = out.computeIfAbsent(inc, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != n) {
                    list.add(n);
                }
            }
        }
        return out;
    }

    /** Patterns that include the entity from another partition and whose items can fill the candidate key. */
    static int fetches(DesignState s, Entity e, Layout candidate, List<Need> including) {
        int count = 0;
        for (Need n : including) {
            DesignState.Assignment a = s.assignment(n.id());
            if (!n.include().contains(e.name()) || n.entity().name().equals(e.name()) || (a != null && a.colocated())) {
                continue;
            }
            java.util.Map<String, String> names = IncludeRequests.names(s, n.entity().name(), e.name());
            if (names != null && names.keySet().containsAll(candidate.pkAttrs())
                    && names.keySet().containsAll(candidate.finalComps(e))) {
                count++;
            }
        }
        return count;
    }

    private static Match extendBase(DesignState s, Placement placement, Need n) {
        Match m = placement.extend(n);
        if (m != null && m.layout().slot() == 0) {
            return m;
        }
        return null;
    }
}
