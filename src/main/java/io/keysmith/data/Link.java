package io.keysmith.data;

import io.keysmith.model.Model;
import io.keysmith.model.ParentLinks;
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

    /** The links of a model, as {@link ParentLinks} resolves them. */
    public static List<Link> of(Model model) {
        return ParentLinks.of(model).stream()
                .map(l -> new Link(l.parent(), l.child(), l.childAttributes(), l.parentIdentifiers(), l.maxChildren()))
                .toList();
    }
}
