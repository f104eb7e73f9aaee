package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Layout;
import io.keysmith.design.Need;
import io.keysmith.design.Projection;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses each index's projection: KEYS_ONLY when every pattern it serves only looks up keys
 * there and reads the items from the base table anyway (strongly consistent reads), ALL when a
 * pattern returns whole items from the index, since the model does not narrow the attributes.
 */
final class IndexProjectionRule implements Rule {

    @Override
    public String id() {
        return "index-projection";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        boolean keysOnly = false;
        for (int slot : s.indexSlots()) {
            List<String> served = new ArrayList<>();
            boolean onlyKeys = true;
            for (Need n : s.needs()) {
                DesignState.Assignment a = s.assignment(n.id());
                Layout l = a == null || a.match() == null ? null : a.match().layout();
                if (l != null && l.slot() == slot) {
                    served.add(n.id());
                    onlyKeys &= n.strong() && slot > 0;
                }
            }
            String name = slot > 0 ? "GSI" + slot : "LSI" + (-slot);
            if (onlyKeys && !served.isEmpty()) {
                s.projection(slot, Projection.KEYS_ONLY);
                keysOnly = true;
                changes.add(name + ": KEYS_ONLY, " + String.join(", ", served) + " read the items from the base table");
            } else {
                changes.add(name + ": ALL, " + (served.isEmpty() ? "no pattern" : String.join(", ", served))
                        + " return whole items from it");
            }
        }
        s.step(id(), keysOnly, "Index projections",
                changes.isEmpty() ? "Not applicable because the design has no secondary index."
                        : "An index copies the attributes it projects; ALL lets a Query return whole items, KEYS_ONLY"
                                + " saves storage and write units when the items are read from the table anyway.",
                null, null, changes);
    }
}
