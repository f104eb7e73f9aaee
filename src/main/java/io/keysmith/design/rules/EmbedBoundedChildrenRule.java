package io.keysmith.design.rules;

import io.keysmith.design.Denormalization;
import io.keysmith.design.DesignState;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Relationship;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds bounded children ({@code maxChildren}) that nothing reads or writes on their own and
 * offers embedding them in their parent as a list; otherwise says why they stay separate items.
 */
final class EmbedBoundedChildrenRule implements Rule {

    @Override
    public String id() {
        return "embed-bounded-children";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Relationship r : s.model().relationships()) {
            if (r.maxChildren() == null || r.cardinality() == Cardinality.MANY_TO_MANY || s.entity(r.to()) == null) {
                continue;
            }
            List<String> own = s.model().accessPatterns().stream().filter(p -> p.entity().equals(r.to()))
                    .map(AccessPattern::id).toList();
            boolean includedOnly = s.model().accessPatterns().stream()
                    .anyMatch(p -> p.includeOrEmpty().contains(r.to()) && p.entity().equals(r.from()));
            if (own.isEmpty() && includedOnly) {
                changes.add(r.to() + " (at most " + r.maxChildren() + ") can be embedded in " + r.from()
                        + "; kept as items in " + r.from() + "'s partition so the design stays checkable item by item");
                s.denormalizations().add(new Denormalization("embed-option", r.to(), null, r.from(), null,
                        r.to() + " is bounded and only read with " + r.from() + ", so it could be stored inside it as a list",
                        "embedded, changing one " + r.to() + " would rewrite the whole " + r.from() + " item"));
            } else {
                misses.add(r.to() + " in " + r.from() + ": not embedded because "
                        + (own.isEmpty() ? "no pattern reads it with " + r.from() : "patterns " + String.join(", ", own)
                                + " read or write it on its own"));
            }
        }
        List<String> all = new ArrayList<>(changes);
        all.addAll(misses);
        s.step(id(), !changes.isEmpty(), "Embedding bounded children",
                changes.isEmpty() && misses.isEmpty() ? "Not applicable because no relationship sets maxChildren."
                        : "Children with a known upper bound that are only read with their parent can live inside the"
                                + " parent item (a list or map), saving items and requests; children read or written on"
                                + " their own stay separate items.",
                null, null, all);
    }
}
