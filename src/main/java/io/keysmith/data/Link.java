package io.keysmith.data;

import io.keysmith.model.Cardinality;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Relationship;
import java.util.ArrayList;
import java.util.List;

/**
 * A foreign key from a child entity to a parent: the child's attributes holding the parent's
 * identifier values, in the parent's identifier order, and how many children a parent may have
 * (0 for no limit).
 */
public record Link(String parent, String child, List<String> childAttributes, List<String> parentIdentifiers,
        int maxChildren) {

    public boolean self() {
        return parent.equals(child);
    }

    /** The links of a model: one per one-to-one/one-to-many relationship, plus implied ones of many-to-many {@code through} entities. */
    public static List<Link> of(Model model) {
        List<Link> links = new ArrayList<>();
        for (Relationship r : model.relationships()) {
            if (r.cardinality() == Cardinality.MANY_TO_MANY) {
                continue;
            }
            int max = r.cardinality() == Cardinality.ONE_TO_ONE ? 1 : r.maxChildren() == null ? 0 : r.maxChildren();
            link(model, r.from(), r.to(), r.foreignKey(), max).ifPresent(links::add);
        }
        for (Relationship r : model.relationships()) {
            if (r.cardinality() != Cardinality.MANY_TO_MANY || r.through() == null || r.from().equals(r.to())) {
                continue;
            }
            for (String side : List.of(r.from(), r.to())) {
                boolean explicit = links.stream().anyMatch(l -> l.parent().equals(side) && l.child().equals(r.through()));
                if (!explicit) {
                    link(model, side, r.through(), null, 0).ifPresent(links::add);
                }
            }
        }
        return links;
    }

    private static java.util.Optional<Link> link(Model model, String parentName, String childName,
            List<String> foreignKey, int max) {
        Entity parent = model.entity(parentName).orElse(null);
        Entity child = model.entity(childName).orElse(null);
        if (parent == null || child == null) {
            return java.util.Optional.empty();
        }
        List<String> ids = parent.identifierNames();
        List<String> fk = foreignKey == null || foreignKey.isEmpty() ? ids : foreignKey;
        if (ids.isEmpty() || fk.size() != ids.size() || !fk.stream().allMatch(child::hasAttribute)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Link(parentName, childName, List.copyOf(fk), ids, max));
    }
}
