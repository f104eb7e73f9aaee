package io.keysmith.design.rules;

import io.keysmith.design.DesignState;
import io.keysmith.design.Need;
import io.keysmith.design.capacity.GroupSize;
import io.keysmith.model.Attribute;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;

/**
 * The {@code =} condition of a pattern's filter that an index key could serve instead, with the
 * share of the entity's items it selects: a constant ({@code status = "HELD"}) makes a sparse index
 * of only those items, a parameter an index keyed by the attribute.
 */
record FilterPromotion(Condition condition, double share, boolean assumed) {

    /** The most selective {@code =} filter condition the key could serve, or null when the filter has none. */
    static FilterPromotion best(DesignState s, Need n) {
        Entity e = n.entity();
        FilterPromotion best = null;
        for (Condition c : n.pattern().filterOrEmpty()) {
            Attribute a = e.attribute(c.attribute()).orElse(null);
            if (c.op() != Op.EQ || a == null || !a.type().isScalar() || n.eqAttributes().contains(c.attribute())) {
                continue;
            }
            FilterPromotion p = of(e, a, c);
            if (best == null || p.share < best.share) {
                best = p;
            }
        }
        return best;
    }

    private static FilterPromotion of(Entity e, Attribute a, Condition c) {
        if (a.values() != null && !a.values().isEmpty()) {
            return new FilterPromotion(c, GroupSize.share(a, c.isConstant() ? c.value() : null), false);
        }
        if (a.mustBeUnique()) {
            return new FilterPromotion(c, e.count() == null ? 0 : 1.0 / e.count(), false);
        }
        // without declared values the spread is unknown: assume groups of the usual size
        double count = e.count() == null ? GroupSize.ASSUMED_COUNT : e.count();
        return new FilterPromotion(c, Math.min(1, GroupSize.ASSUMED_GROUP / count), true);
    }

    /** The condition as a person reads it: {@code status = "HELD"}, or {@code status = a parameter}. */
    String describe() {
        return condition.attribute() + " = " + (condition.isConstant() ? "\"" + condition.value() + "\"" : "a parameter");
    }

    /** The index this makes, for the design's reasons. */
    String index(Entity e) {
        return condition.isConstant() ? "a sparse index of the " + e.name() + " items with " + describe()
                : "an index of " + e.name() + " keyed by " + condition.attribute();
    }
}
