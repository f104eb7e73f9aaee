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
}
