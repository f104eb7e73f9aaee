package io.keysmith.design;

import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;
import io.keysmith.model.OrderBy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a read pattern asks of a key: the attributes compared with {@code =} (request
 * parameters and constants), at most one range condition, the order and the included entities.
 */
public record Need(AccessPattern pattern, Entity entity, List<Condition> equalities, Condition range,
        OrderBy order, List<String> include) {

    public static Need of(AccessPattern pattern, Entity entity) {
        List<Condition> eq = new ArrayList<>();
        Condition range = null;
        for (Condition c : pattern.whereOrEmpty()) {
            if (c.op() == Op.EQ) {
                if (eq.stream().noneMatch(e -> e.attribute().equals(c.attribute()))) {
                    eq.add(c);
                }
            } else if (range == null) {
                range = c;
            }
        }
        return new Need(pattern, entity, List.copyOf(eq), range, pattern.orderBy(), pattern.includeOrEmpty());
    }

    public String id() {
        return pattern.id();
    }

    /** The attributes compared with {@code =}, in the order of the pattern's where clause. */
    public Set<String> eqAttributes() {
        Set<String> out = new LinkedHashSet<>();
        equalities.forEach(c -> out.add(c.attribute()));
        return out;
    }

    public List<Condition> constants() {
        return equalities.stream().filter(Condition::isConstant).toList();
    }

    /** The attribute the sort key must continue with: the range attribute, else the order attribute. */
    public String sortAttribute() {
        if (range != null) {
            return range.attribute();
        }
        // Ordering by an attribute fixed with = needs no sort key: every result has the same value.
        return order == null || eqAttributes().contains(order.attribute()) ? null : order.attribute();
    }

    public boolean strong() {
        return pattern.stronglyConsistent();
    }

    public boolean hasConstant(Condition when) {
        return constants().stream().anyMatch(c -> c.attribute().equals(when.attribute())
                && Objects.equals(String.valueOf(c.value()), String.valueOf(when.value())));
    }
}
