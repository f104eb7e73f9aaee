package io.keysmith.sql;

import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import java.util.List;
import java.util.Objects;

/** When two patterns are the same request: same entity and kind, same conditions in any order, same order. */
final class PatternShapes {

    private PatternShapes() {
    }

    static boolean sameRead(AccessPattern a, AccessPattern b) {
        return a.type() == b.type() && a.entity().equals(b.entity())
                && conditions(a.whereOrEmpty()).equals(conditions(b.whereOrEmpty()))
                && Objects.equals(a.orderBy() == null ? null : a.orderBy().attribute(),
                        b.orderBy() == null ? null : b.orderBy().attribute());
    }

    /** Same entity and where-attributes: a stated query of this shape makes an inferred one redundant. */
    static boolean covers(AccessPattern stated, AccessPattern inferred) {
        return stated.isRead() && inferred.isRead() && stated.entity().equals(inferred.entity())
                && conditions(stated.whereOrEmpty()).equals(conditions(inferred.whereOrEmpty()));
    }

    static AccessPattern withId(AccessPattern p, String id) {
        return new AccessPattern(id, p.name(), p.type(), p.entity(), p.where(), p.filter(), p.orderBy(), p.include(),
                p.returns(), p.limit(), p.set(), p.rate(), p.consistency(), p.notes(), p.inferred());
    }

    private static List<String> conditions(List<Condition> conditions) {
        return conditions.stream().map(c -> c.attribute() + " " + c.op() + " " + c.value()).sorted().toList();
    }
}
