package io.keysmith.sql;

import io.keysmith.model.AccessPattern;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;
import io.keysmith.model.OrderBy;
import io.keysmith.model.PatternType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reads a schema promises: one per primary key ("Get an order by id"), per unique constraint
 * ("Get a customer by email") and per secondary index (equality on its leading columns, ordered by
 * its last: "Orders of a customer, by created at"), each marked {@code inferred} with its source in
 * the notes. An index that serves the same read as one before it adds nothing.
 */
final class InferredPatterns {

    private final EntityNames names;
    private final List<RelationshipMapper.Link> links;

    InferredPatterns(EntityNames names, List<RelationshipMapper.Link> links) {
        this.names = names;
        this.links = links;
    }

    List<AccessPattern> of(SqlTable table, Entity entity, List<String> identifier) {
        List<AccessPattern> patterns = new ArrayList<>();
        String one = Sentences.aOne(entity.name());
        if (!identifier.isEmpty()) {
            List<String> ids = names.attributes(table, identifier);
            add(patterns, read("Get " + one + " by " + Sentences.attributes(entity.name(), ids), entity, ids, null,
                    "inferred from the primary key of " + table.qualifiedName()));
        }
        for (SqlIndex index : table.indexes) {
            if (!index.columns().stream().allMatch(c -> table.column(c).isPresent())) {
                continue;
            }
            List<String> attributes = names.attributes(table, index.columns());
            String source = (index.unique() ? "the unique constraint " : "the index ")
                    + (index.name() == null ? "" : index.name() + " ") + "on " + table.qualifiedName() + " "
                    + index.columns() + (index.where() == null ? "" : " (partial: WHERE " + index.where() + ")");
            if (index.unique()) {
                add(patterns, read("Get " + one + " by " + Sentences.attributes(entity.name(), attributes), entity, attributes, null,
                        "inferred from " + source));
            } else {
                indexRead(patterns, table, entity, index, attributes, "inferred from " + source);
            }
        }
        return patterns;
    }

    private void indexRead(List<AccessPattern> patterns, SqlTable table, Entity entity, SqlIndex index,
            List<String> attributes, String notes) {
        if (attributes.stream().anyMatch(a -> entity.attribute(a).map(x -> !x.type().isScalar()).orElse(true))) {
            return; // a GIN index on json or an array: no key can hold it
        }
        List<String> equal = attributes.size() == 1 ? attributes : attributes.subList(0, attributes.size() - 1);
        OrderBy order = attributes.size() == 1 ? null
                : new OrderBy(attributes.getLast(), index.descending().getLast() ? "desc" : "asc");
        String subject = parentOf(table, index.columns().subList(0, equal.size()))
                .map(parent -> Sentences.many(entity.name()) + " of " + Sentences.aOne(parent))
                .orElse(Sentences.many(entity.name()) + " by " + Sentences.attributes(equal));
        String name = subject + (order == null ? "" : ", " + (order.descending() ? newest(entity, order) : "by " + Names.phrase(order.attribute())));
        add(patterns, read(name, entity, equal, order, notes));
    }

    private static String newest(Entity entity, OrderBy order) {
        boolean time = entity.attribute(order.attribute()).map(a -> a.type() == AttributeType.DATETIME || a.type() == AttributeType.DATE).orElse(false);
        return time ? "newest first" : "by " + Names.phrase(order.attribute()) + ", highest first";
    }

    /** The parent entity when the columns are exactly a foreign key of the table. */
    private Optional<String> parentOf(SqlTable table, List<String> columns) {
        return links.stream().filter(l -> l.child() == table && SqlTable.sameColumns(l.key().columns(), columns))
                .map(l -> names.entity(l.parent())).findFirst();
    }

    private static AccessPattern read(String name, Entity entity, List<String> equal, OrderBy order, String notes) {
        List<Condition> where = equal.stream().map(a -> Condition.param(a, Op.EQ)).toList();
        return new AccessPattern("", name, PatternType.READ, entity.name(), where, null, order, null, null, null, null,
                null, null, Names.printable(notes), Boolean.TRUE);
    }

    private static void add(List<AccessPattern> patterns, AccessPattern candidate) {
        if (patterns.stream().noneMatch(p -> PatternShapes.sameRead(p, candidate))) {
            patterns.add(candidate);
        }
    }
}
