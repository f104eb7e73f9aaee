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
 * Lets strongly consistent reads choose their entity's base table key before anything else:
 * GSIs cannot read consistently, so only the base table (or an LSI on its partition) serves them.
 */
final class StrongReadBaseKeyRule implements Rule {

    @Override
    public String id() {
        return "strong-read-base-key";
    }

    @Override
    public void apply(DesignState s) {
        Placement placement = new Placement(s);
        List<String> changes = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Need n : s.needs()) {
            if (!n.strong() || s.isAssigned(n)) {
                continue;
            }
            Layout base = s.layout(n.entity().name(), 0);
            Match m = base == null ? null : Keys.match(base, n);
            if (base == null) {
                Layout candidate = placement.propose(n, 0, false);
                if (!placement.baseEligible(candidate)) {
                    continue;
                }
                s.add(candidate);
                m = Keys.match(candidate, n);
                changes.add(n.id() + " sets " + n.entity().name() + "'s base key: PK " + Keys.pkTemplate(candidate)
                        + ", SK " + Keys.skTemplate(s, candidate));
            }
            if (m != null) {
                s.assign(n, new DesignState.Assignment(m, null, id(), false));
                patterns.add(n.id());
            }
        }
        s.step(id(), !patterns.isEmpty(), "Strongly consistent reads choose the base table key first",
                patterns.isEmpty() ? "Not applicable because no read pattern asks for strong consistency."
                        : "Only the base table and its LSIs read with strong consistency, so these patterns shape their"
                                + " entity's primary key before any other rule.",
                null, patterns, changes);
    }
}
