package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Keys;
import io.keysmith.design.Layout;
import io.keysmith.design.Match;
import io.keysmith.design.Need;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Adds a local secondary index for a strongly consistent read the base key cannot serve but
 * whose partition is the base table's: GSIs only offer eventually consistent reads.
 */
final class LsiForStrongReadRule implements Rule {

    @Override
    public String id() {
        return "lsi-for-strong-read";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Need n : s.needs()) {
            if (!n.strong() || s.isAssigned(n)) {
                continue;
            }
            Layout base = s.layout(n.entity().name(), 0);
            if (base == null || !n.eqAttributes().containsAll(base.pkAttrs())) {
                continue;
            }
            for (int k = 1; k <= DesignState.MAX_LSIS; k++) {
                if (s.layout(n.entity().name(), -k) != null) {
                    continue;
                }
                List<String> comps = new ArrayList<>();
                for (String a : n.eqAttributes()) {
                    if (!base.pkAttrs().contains(a)) {
                        comps.add(a);
                    }
                }
                if (n.sortAttribute() != null && !comps.contains(n.sortAttribute())) {
                    comps.add(n.sortAttribute());
                }
                Layout lsi = new Layout(n.entity().name(), -k, base.pkPrefix(), base.pkAttrs(), comps, null);
                Match m = Keys.match(lsi, n);
                if (m != null && new HashSet<>(lsi.pkAttrs()).equals(new HashSet<>(base.pkAttrs()))) {
                    s.add(lsi);
                    s.assign(n, new DesignState.Assignment(m, null, id(), false));
                    patterns.add(n.id());
                    changes.add(n.id() + " reads " + n.entity().name() + " through LSI" + k + " (sort key "
                            + Keys.skTemplate(s, lsi) + ")");
                }
                break;
            }
        }
        s.step(id(), !patterns.isEmpty(), "Local secondary indexes for strongly consistent reads",
                patterns.isEmpty() ? "Not applicable because every strongly consistent read is served by the base table key."
                        : "These patterns need strongly consistent reads, which GSIs do not offer; an LSI keeps the base"
                                + " table's partition key with another sort key and reads consistently. LSIs must be"
                                + " created with the table and limit each partition to 10 GB.",
                null, patterns, changes);
    }
}
