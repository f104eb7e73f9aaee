package io.keysmith.sql;

import io.keysmith.model.AttributeType;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;
import io.keysmith.model.OrderBy;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Names of access patterns made from statements: "Get an order by id, with its order items", "Orders by customer id, newest first, 10 at most". */
final class QueryNames {

    private QueryNames() {
    }

    static String read(Entity entity, List<Condition> where, OrderBy order, Integer limit, List<String> include) {
        Set<String> equal = where.stream().filter(c -> c.op() == Op.EQ).map(Condition::attribute).collect(Collectors.toSet());
        boolean one = !entity.identifierNames().isEmpty() && equal.containsAll(entity.identifierNames())
                || entity.uniqueAttributes().stream().anyMatch(a -> equal.contains(a.name()));
        List<String> attributes = where.stream().map(c -> c.value() == null ? c.attribute()
                : c.attribute() + " " + c.value()).toList();
        StringBuilder name = new StringBuilder(one ? "Get " + Sentences.aOne(entity.name()) : Sentences.many(entity.name()));
        if (!attributes.isEmpty()) {
            name.append(" by ").append(Sentences.attributes(entity.name(), attributes));
        }
        if (order != null) {
            boolean time = entity.attribute(order.attribute())
                    .map(a -> a.type() == AttributeType.DATETIME || a.type() == AttributeType.DATE).orElse(false);
            String phrase = Names.phrase(order.attribute());
            name.append(", ").append(time ? (order.descending() ? "newest first" : "oldest first")
                    : order.descending() ? "highest " + phrase + " first" : "by " + phrase);
        }
        if (limit != null && !one) {
            name.append(", ").append(limit).append(" at most");
        }
        if (!include.isEmpty()) {
            name.append(", with ").append(one ? "its " : "their ")
                    .append(String.join(" and ", include.stream().map(i -> Sentences.plural(Names.phrase(i))).toList()));
        }
        return name.toString();
    }

    static String write(String verb, Entity entity, List<String> set) {
        String base = verb + " " + Sentences.aOne(entity.name());
        return set.isEmpty() ? base : base + ": " + Sentences.attributes(set);
    }
}
