package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Match;
import io.keysmith.design.Need;
import io.keysmith.design.Placement;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the remaining read patterns with as few GSIs as possible: reuses an entity's key in
 * another index when it already serves the pattern or can be extended to, and otherwise puts
 * the entity into the lowest generic GSI (GSI1PK/GSI1SK...) it does not use yet, so different
 * entities share ("overload") the same indexes.
 */
final class OverloadedGsiRule implements Rule {

    @Override
    public String id() {
        return "overloaded-gsi";
    }

    @Override
    public void apply(DesignState s) {
        Placement placement = new Placement(s);
        List<String> changes = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Need n : s.needs()) {
            if (s.isAssigned(n)) {
                continue;
            }
            Match m = placement.existing(n);
            if (m == null) {
                m = placement.extend(n);
            }
            if (m != null) {
                s.assign(n, new DesignState.Assignment(m, null, id(), false));
                patterns.add(n.id());
                changes.add(n.id() + " reuses " + n.entity().name() + "'s key in " + m.layout().describe());
                continue;
            }
            int slot = placement.freeGsi(n.entity().name());
            if (slot < 0) {
                continue;
            }
            Layout shared = sharedWithNarrower(s, placement, n, slot);
            if (shared != null) {
                Need narrower = s.needsOf(n.entity().name()).stream().filter(o -> !s.isAssigned(o) && o != n
                        && Keys.match(shared, o) != null).findFirst().orElseThrow();
                placement.place(n, shared, shared.when() != null ? "sparse-index-for-constant" : id());
                s.assign(narrower, new DesignState.Assignment(Keys.match(shared, narrower), null, id(), false));
                patterns.add(n.id());
                patterns.add(narrower.id());
                changes.add(n.id() + " and " + narrower.id() + ": " + n.entity().name() + " in " + shared.describe() + " with "
                        + shared.pkName() + " " + Keys.pkTemplate(shared) + ", " + shared.skName() + " "
                        + Keys.skTemplate(s, shared) + ": the pattern fixing fewer attributes reads a prefix of the sort key");
                continue;
            }
            Layout l = placement.propose(n, slot, true);
            if (Keys.match(l, n) == null) {
                // The sparse form cannot express this pattern; a plain key with the constants as placeholders can.
                l = placement.propose(n, slot, false);
            }
            m = placement.place(n, l, l.when() != null ? "sparse-index-for-constant" : id());
            if (m != null) {
                patterns.add(n.id());
                changes.add(n.id() + ": " + n.entity().name() + " in " + l.describe() + " with " + l.pkName() + " "
                        + Keys.pkTemplate(l) + ", " + l.skName() + " "
                        + Keys.skTemplate(s, l)
                        + (l.when() != null ? ", written only when " + l.when().attribute() + " = " + l.when().value() : ""));
            }
        }
        s.step(id(), !patterns.isEmpty(), "Overloaded global secondary indexes for the other patterns",
                patterns.isEmpty() ? "Not applicable because the base table serves every read pattern."
                        : "A pattern the base key cannot serve needs another partition key. Generic index keys"
                                + " (GSI1PK/GSI1SK...) let several entities share one index, each with its own templates;"
                                + " a pattern that compares with a constant (status = \"OPEN\") gets a sparse index that"
                                + " holds only the matching items.",
                null, patterns, changes);
    }

    /**
     * One new index for the pattern and an open pattern of its entity that fixes fewer of its =
     * attributes ("by country" and "by country and state"): the narrower one's key with a sort key
     * grown for this one, when both are served by it; else null. Without it the pattern listed
     * first would take an index of its own.
     */
    private static Layout sharedWithNarrower(DesignState s, Placement placement, Need n, int slot) {
        java.util.Set<String> eq = n.eqAttributes();
        Layout best = null;
        int fewest = Integer.MAX_VALUE;
        for (Need m : s.needsOf(n.entity().name())) {
            java.util.Set<String> narrow = m.eqAttributes();
            if (m == n || s.isAssigned(m) || narrow.isEmpty() || narrow.size() >= eq.size() || !eq.containsAll(narrow)
                    || m.strong() || narrow.size() >= fewest) {
                continue;
            }
            Layout base = placement.propose(m, slot, true);
            if (Keys.match(base, m) == null) {
                base = placement.propose(m, slot, false);
            }
            List<String> comps = new ArrayList<>(base.skComps());
            for (String a : eq) {
                if (!base.pkAttrs().contains(a) && !comps.contains(a) && (base.when() == null || !a.equals(base.when().attribute()))) {
                    comps.add(a);
                }
            }
            String sort = n.sortAttribute();
            if (sort != null && !comps.contains(sort) && !base.pkAttrs().contains(sort)) {
                comps.add(sort);
            }
            Layout grown = new Layout(base.entity(), slot, base.pkPrefix(), base.pkAttrs(), comps, base.when());
            if (Keys.match(grown, n) != null && Keys.match(grown, m) != null) {
                best = grown;
                fewest = narrow.size();
            }
        }
        return best;
    }
}
