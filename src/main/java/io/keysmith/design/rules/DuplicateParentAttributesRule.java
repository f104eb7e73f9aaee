package io.keysmith.design.rules;

import io.keysmith.design.Denormalization;
import io.keysmith.design.DesignState;
import io.keysmith.design.Need;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * For a pattern that reads children with their parent but cannot share a partition with it,
 * proposes copying the parent's immutable attributes into the children: they never change, so
 * the copy costs no extra writes and the second request is only needed for mutable ones.
 */
final class DuplicateParentAttributesRule implements Rule {

    @Override
    public String id() {
        return "duplicate-immutable-parent-attributes";
    }

    @Override
    public void apply(DesignState s) {
        List<String> changes = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Need n : s.needs()) {
            DesignState.Assignment a = s.assignment(n.id());
            if (n.include().isEmpty() || (a != null && a.colocated())) {
                continue;
            }
            for (String inc : n.include()) {
                Entity parent = s.entity(inc);
                boolean isParent = s.parentLinks(n.entity().name()).stream().anyMatch(l -> l.parent().equals(inc));
                if (parent == null || !isParent) {
                    continue;
                }
                List<String> immutable = parent.attributes().stream()
                        .filter(x -> x.neverChanges() && !x.partOfIdentifier()).map(Attribute::name).toList();
                if (immutable.isEmpty()) {
                    continue;
                }
                patterns.add(n.id());
                changes.add(n.id() + ": copy " + String.join(", ", immutable) + " of " + inc + " into " + n.entity().name());
                s.denormalizations().add(new Denormalization("duplicate", n.entity().name(), immutable, inc, List.of(n.id()),
                        n.id() + " reads " + n.entity().name() + " with its " + inc + ", which lives in another partition;"
                                + " copying the parent's immutable attributes answers it from the first request when"
                                + " they are all the application needs",
                        "no extra writes: the attributes never change; each " + n.entity().name() + " item grows by their size"));
            }
        }
        s.step(id(), !patterns.isEmpty(), "Duplicating immutable parent attributes",
                patterns.isEmpty() ? "Not applicable because every pattern that includes a parent shares its partition,"
                        + " or the parent has no immutable attributes to copy."
                        : "When children cannot live in their parent's partition, attributes of the parent that never"
                                + " change can be copied into each child at creation time, for free on later writes.",
                null, patterns, changes);
    }
}
