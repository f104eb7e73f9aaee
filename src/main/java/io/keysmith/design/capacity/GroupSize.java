package io.keysmith.design.capacity;

import io.keysmith.design.DesignState;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.Relationship;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * How many items of an entity share the values of some attributes, from the model's counts,
 * enumerations ({@code values}, optionally weighted) and relationship sizes ({@code maxChildren},
 * child count / parent count; a many-to-many's {@code maxChildren} bounds its through items per
 * {@code from} item too); when the model does not say, an assumed figure and why.
 */
public final class GroupSize {

    /** Items assumed in a group the model gives no figures for. */
    public static final double ASSUMED_GROUP = 10;
    /** Items assumed for a whole entity without a count. */
    public static final double ASSUMED_COUNT = 1000;

    /** An item count; {@code unknown} says what the model does not tell (null when it does). */
    public record Estimate(double items, String unknown) {

        public boolean known() {
            return unknown == null;
        }

        /** The sentence a verdict carries when the figure is a guess. */
        public String assumption() {
            return unknown == null ? null : unknown + " unknown, assumed " + Units.count(items);
        }
    }

    private final Function<String, List<DesignState.Link>> links;
    // Indexed once: a scan of the model's entities and relationships per group made large models quadratic.
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Integer> maxChildren = new HashMap<>();

    public GroupSize(Model model, Function<String, List<DesignState.Link>> links) {
        this.links = links;
        model.entities().forEach(e -> entities.putIfAbsent(e.name(), e));
        for (Relationship r : model.relationships()) {
            if (r.maxChildren() != null) {
                maxChildren.putIfAbsent(r.from() + "\u0000" + r.to(), r.maxChildren());
                if (r.through() != null) {
                    // a many-to-many's bound per parent is also its through items per parent: one per linked pair
                    maxChildren.putIfAbsent(r.from() + "\u0000" + r.through(), r.maxChildren());
                }
            }
        }
    }

    /** All items of the entity. */
    public Estimate all(Entity e) {
        return e.count() == null ? new Estimate(ASSUMED_COUNT, "the number of " + e.name() + " items")
                : new Estimate(e.count(), null);
    }

    /**
     * Items of the entity whose attributes {@code fixed} each have one value; {@code constants}
     * gives the value of those known at design time (a request parameter may be any value).
     */
    public Estimate of(Entity e, Collection<String> fixed, Map<String, Object> constants) {
        if (fixed.isEmpty()) {
            return all(e);
        }
        if ((!e.identifierNames().isEmpty() && fixed.containsAll(e.identifierNames()))
                || e.uniqueAttributes().stream().anyMatch(a -> fixed.contains(a.name()))) {
            return new Estimate(1, null);
        }
        Set<String> open = new LinkedHashSet<>(fixed);
        Double items = e.count() == null ? null : e.count().doubleValue();
        List<String> unknown = new ArrayList<>();
        Double perParent = null;
        for (DesignState.Link link : links.apply(e.name())) {
            if (!fixed.containsAll(link.foreignKey())) {
                continue;
            }
            open.removeAll(link.foreignKey());
            Double children = children(e, link);
            if (children != null && (perParent == null || children < perParent)) {
                perParent = children;
            } else if (children == null && perParent == null) {
                unknown.add(e.name() + " items per " + link.parent());
            }
        }
        if (perParent != null) {
            items = perParent;
            unknown.clear();
        } else if (!unknown.isEmpty()) {
            items = null;
        }
        for (String a : open) {
            Attribute attribute = e.attribute(a).orElse(null);
            List<Object> values = attribute == null ? null : attribute.values();
            if (values == null || values.isEmpty()) {
                unknown.add(e.name() + " items per " + a);
            } else if (items != null) {
                items *= share(attribute, constants.get(a));
            }
        }
        if (items == null && unknown.isEmpty()) {
            unknown.add("the number of " + e.name() + " items");
        }
        if (!unknown.isEmpty()) {
            double cap = items == null ? (e.count() == null ? ASSUMED_GROUP : e.count()) : items;
            return new Estimate(Math.max(1, Math.min(ASSUMED_GROUP, cap)), String.join(", ", unknown));
        }
        return new Estimate(items, null);
    }

    /** Children per parent: the counts' ratio, capped by the relationship's maxChildren; null when neither is given. */
    Double children(Entity child, DesignState.Link link) {
        Entity parent = entities.get(link.parent());
        Integer max = maxChildren.get(link.parent() + "\u0000" + child.name());
        Double ratio = child.count() == null || parent == null || parent.count() == null || parent.count() == 0 ? null
                : (double) child.count() / parent.count();
        if (ratio == null) {
            return max == null ? null : max.doubleValue();
        }
        return max == null ? ratio : Math.min(ratio, max);
    }

    /**
     * The share of items holding one value of an enumeration (its weight over the total, from the
     * attribute's {@code weights}, else an even split); for a request parameter, the expected share
     * when requests follow the items (the sum of squared shares).
     */
    public static double share(Attribute a, Object constant) {
        List<Object> values = a.values();
        List<Double> shares = a.shares();
        if (constant != null) {
            for (int i = 0; i < values.size(); i++) {
                if (Objects.equals(String.valueOf(values.get(i)), String.valueOf(constant))) {
                    return shares.get(i);
                }
            }
            return 1.0 / values.size();
        }
        return shares.stream().mapToDouble(x -> x * x).sum();
    }

    /** The share of items that satisfy a sparse key's condition ({@code =} a value, or {@code exists}). */
    public double membership(Entity e, io.keysmith.design.PresentWhen when) {
        if (when == null || e == null) {
            return 1;
        }
        Attribute a = e.attribute(when.attribute()).orElse(null);
        if (a == null || a.values() == null || a.values().isEmpty() || !"=".equals(when.op())) {
            return 1;
        }
        return share(a, when.value());
    }
}
