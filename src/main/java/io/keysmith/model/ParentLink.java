package io.keysmith.model;

import java.util.List;

/**
 * How a child item points at its parent: the child's attributes holding the parent's identifier
 * values, position by position; {@code relationship} is the one-to-one or one-to-many
 * relationship that declares it, or the many-to-many one whose {@code through} entity it links
 * ({@link #throughSide()}).
 */
public record ParentLink(String parent, String child, List<String> childAttributes, List<String> parentIdentifiers,
        Relationship relationship) {

    public ParentLink {
        childAttributes = List.copyOf(childAttributes);
        parentIdentifiers = List.copyOf(parentIdentifiers);
    }

    /** Whether the link is implied by a many-to-many relationship's {@code through} entity. */
    public boolean throughSide() {
        return relationship.cardinality() == Cardinality.MANY_TO_MANY;
    }

    /** The most children one parent may have: 1 for one-to-one, the relationship's bound, else 0 (no limit). */
    public int maxChildren() {
        if (throughSide()) {
            return 0;
        }
        return relationship.cardinality() == Cardinality.ONE_TO_ONE ? 1
                : relationship.maxChildren() == null ? 0 : relationship.maxChildren();
    }
}
