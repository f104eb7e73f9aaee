package io.keysmith.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, once for the validator, the design engine, seed data and the editor, which attributes
 * link a child to its parent. A relationship without {@code foreignKey} links the child's
 * attributes named like every identifier attribute of the parent (all of a composite
 * identifier, or no link); a many-to-many relationship links its {@code through} entity to each
 * side the same way unless another relationship already links that side to it.
 */
public final class ParentLinks {

    private ParentLinks() {
    }

    /** Every parent link of the model: declared ones first, in relationship order, then those of {@code through} entities. */
    public static List<ParentLink> of(Model model) {
        List<ParentLink> links = new ArrayList<>();
        // Entities by name, first of a name wins like Model.entity: a scan per relationship was quadratic.
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : model.entities()) {
            entities.putIfAbsent(e.name(), e);
        }
        for (Relationship r : model.relationships()) {
            if (r.cardinality() != Cardinality.MANY_TO_MANY) {
                declared(model, entities, r).ifPresent(links::add);
            }
        }
        for (Relationship r : model.relationships()) {
            if (r.cardinality() != Cardinality.MANY_TO_MANY || r.through() == null) {
                continue;
            }
            for (String side : List.of(r.from(), r.to())) {
                if (declaresLink(model, side, r.through())
                        || links.stream().anyMatch(l -> l.parent().equals(side) && l.child().equals(r.through()))) {
                    continue;
                }
                implied(entities, side, r.through(), r).ifPresent(links::add);
            }
        }
        return List.copyOf(links);
    }

    /** The links in which {@code child} holds the identifier of a parent. */
    public static List<ParentLink> ofChild(Model model, String child) {
        return of(model).stream().filter(l -> l.child().equals(child)).toList();
    }

    /** Whether a one-to-one or one-to-many relationship goes from {@code parent} to {@code child}. */
    public static boolean declaresLink(Model model, String parent, String child) {
        return model.relationships().stream().anyMatch(r -> r.cardinality() != Cardinality.MANY_TO_MANY
                && r.from().equals(parent) && r.to().equals(child));
    }

    /**
     * The parent's identifier attributes the child lacks, which a relationship without
     * {@code foreignKey} needs under the same names; empty when the default link holds.
     */
    public static List<String> missingDefaultAttributes(Entity parent, Entity child) {
        return parent.identifierNames().stream().filter(id -> !child.hasAttribute(id)).toList();
    }

    private static Optional<ParentLink> implied(Map<String, Entity> entities, String parentName, String childName,
            Relationship r) {
        Entity parent = entities.get(parentName);
        Entity child = entities.get(childName);
        if (parent == null || child == null || parent.identifierNames().isEmpty()
                || !missingDefaultAttributes(parent, child).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParentLink(parentName, childName, parent.identifierNames(), parent.identifierNames(), r));
    }

    private static Optional<ParentLink> declared(Model model, Map<String, Entity> entities, Relationship r) {
        Entity parent = entities.get(r.from());
        Entity child = entities.get(r.to());
        if (parent == null || child == null) {
            return Optional.empty();
        }
        List<String> ids = parent.identifierNames();
        List<String> fk = r.foreignKey();
        if (fk == null || fk.isEmpty()) {
            return implied(entities, r.from(), r.to(), r);
        }
        if (ids.isEmpty() || !fk.stream().allMatch(child::hasAttribute)) {
            return Optional.empty();
        }
        List<String> parentAttrs = new ArrayList<>();
        if (fk.size() > 1) {
            // attributes named like an identifier hold it; the others take the remaining identifiers in order
            List<String> free = new ArrayList<>(ids.stream().filter(id -> !fk.contains(id)).toList());
            for (String k : fk) {
                if (ids.contains(k)) {
                    parentAttrs.add(k);
                } else if (free.isEmpty()) {
                    return Optional.empty();
                } else {
                    parentAttrs.add(free.remove(0));
                }
            }
        } else if (ids.size() == 1 || ids.contains(fk.get(0))) {
            parentAttrs.add(ids.size() == 1 ? ids.get(0) : fk.get(0));
        } else {
            // one attribute pointing at a composite identifier: the part the parent owns, by name when it tells
            List<String> own = ids.stream().filter(a -> !holdsParentIdentifier(model, entities, parent, a)).toList();
            List<String> candidates = own.isEmpty() ? ids : own;
            String lower = fk.get(0).toLowerCase(Locale.ROOT);
            parentAttrs.add(candidates.stream().filter(a -> lower.endsWith(a.toLowerCase(Locale.ROOT))).findFirst()
                    .orElse(candidates.get(candidates.size() - 1)));
        }
        return Optional.of(new ParentLink(r.from(), r.to(), fk, parentAttrs, r));
    }

    /** Whether the entity's attribute holds the identifier of one of its own parents. */
    private static boolean holdsParentIdentifier(Model model, Map<String, Entity> entities, Entity entity,
            String attribute) {
        for (Relationship r : model.relationships()) {
            if (r.cardinality() == Cardinality.MANY_TO_MANY || !r.to().equals(entity.name())) {
                continue;
            }
            if (r.foreignKey() != null && !r.foreignKey().isEmpty()) {
                if (r.foreignKey().contains(attribute)) {
                    return true;
                }
            } else {
                Entity parent = entities.get(r.from());
                if (parent != null && missingDefaultAttributes(parent, entity).isEmpty()
                        && parent.identifierNames().contains(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }
}
