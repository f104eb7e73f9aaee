package io.keysmith.sql;

import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.OrderBy;
import java.util.List;
import java.util.Optional;

/**
 * Conditions as a model holds them: a constant that fits its attribute's type (a number written
 * as text becomes a number and so on, otherwise a parameter), every {@code =} and one range in
 * {@code where} (the range on the order's attribute when there is one), further ranges in {@code filter}.
 */
final class Conditions {

    private Conditions() {
    }

    static void split(List<Condition> conditions, Entity entity, OrderBy order, List<Condition> where, List<Condition> filter) {
        List<Condition> fitted = conditions.stream().map(c -> fit(c, entity)).toList();
        Optional<Condition> range = fitted.stream().filter(c -> c.op().isRange())
                .filter(c -> order != null && c.attribute().equals(order.attribute())).findFirst()
                .or(() -> fitted.stream().filter(c -> c.op().isRange()).findFirst());
        for (Condition c : fitted) {
            if (!c.op().isRange() || range.isPresent() && c == range.get()) {
                where.add(c);
            } else {
                filter.add(c);
            }
        }
    }

    private static Condition fit(Condition c, Entity entity) {
        if (c.value() == null) {
            return c;
        }
        AttributeType type = entity.attribute(c.attribute()).map(Attribute::type).orElse(AttributeType.STRING);
        Object value = c.value();
        if (type == AttributeType.NUMBER) {
            if (value instanceof Number) {
                return c;
            }
            try {
                return new Condition(c.attribute(), c.op(), Double.parseDouble(String.valueOf(value)));
            } catch (NumberFormatException e) {
                return Condition.param(c.attribute(), c.op());
            }
        }
        if (type == AttributeType.BOOLEAN) {
            return Condition.param(c.attribute(), c.op());
        }
        return value instanceof String ? c : new Condition(c.attribute(), c.op(), String.valueOf(value));
    }
}
