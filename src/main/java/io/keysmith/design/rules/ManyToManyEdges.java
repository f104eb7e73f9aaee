package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Layout;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Relationship;
import java.util.List;

/**
 * The edges of a many-to-many relationship read from one side: the {@code through} entity's
 * items (Enrollment) found by the side's identifier (a student), which name the other side's
 * identifiers (the courses). Decided once here for the rule that keys the edges and for the plans
 * that read them.
 */
record ManyToManyEdges(Relationship relationship, String source, String through, String other,
        List<String> sourceIds, List<String> sourceKey, List<String> otherIds, List<String> otherKey) {

    /**
     * The edges that link {@code source} to {@code include} (the other side, or the through entity
     * itself when no one-to-many relationship declares that link), or null when no many-to-many
     * with a {@code through} entity connects them.
     */
    static ManyToManyEdges of(DesignState s, String source, String include) {
        for (Relationship r : s.model().relationships()) {
            if (r.cardinality() != Cardinality.MANY_TO_MANY || r.through() == null || r.from().equals(r.to())
                    || s.entity(r.through()) == null) {
                continue;
            }
            String other = r.from().equals(source) ? r.to() : r.to().equals(source) ? r.from() : null;
            if (other == null || !(include.equals(other) || include.equals(r.through()))) {
                continue;
            }
            if (include.equals(r.through()) && s.parentLinks(r.through()).stream().anyMatch(l -> l.parent().equals(source))) {
                return null; // a declared one-to-many already reads the through entity from this side
            }
            List<String>[] from = link(s, source, r.through());
            List<String>[] to = link(s, other, r.through());
            if (from == null || to == null) {
                return null;
            }
            return new ManyToManyEdges(r, source, r.through(), other, from[0], from[1], to[0], to[1]);
        }
        return null;
    }

    /** Whether the plan reads the other side too (not only the edges). */
    boolean readsOther(String include) {
        return include.equals(other);
    }

    /** The through entity's layout whose partition is the source's identifier, or null. */
    Layout edgeLayout(DesignState s) {
        for (Layout l : s.layoutsOf(through)) {
            if (l.slot() >= 0 && l.when() == null && l.pkAttrs().equals(sourceKey)) {
                return l;
            }
        }
        return null;
    }

    /**
     * The side's identifier and the through entity's attributes holding it, position by position,
     * as the model's one parent-link resolver (model/ParentLinks, through DesignState) decides them.
     */
    @SuppressWarnings("unchecked")
    private static List<String>[] link(DesignState s, String side, String through) {
        for (DesignState.Link l : s.parentLinks(through)) {
            if (l.parent().equals(side)) {
                return new List[] {l.parentIds(), l.foreignKey()};
            }
        }
        return null;
    }
}
