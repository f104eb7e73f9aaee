package io.keysmith.sql;

import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.Op;
import io.keysmith.model.PatternType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * INSERT, UPDATE and DELETE as create, update (with {@code set}) and delete patterns. An UPDATE or
 * DELETE must name one row, by its primary key or a unique column, as a DynamoDB write names one
 * item; one that changes every matching row is refused with the way to model it.
 */
final class WriteMapper {

    private final SchemaMapping mapping;

    WriteMapper(SchemaMapping mapping) {
        this.mapping = mapping;
    }

    AccessPattern insert(Insert insert, List<String> notes) throws UnmappedQuery {
        TableRefs refs = new TableRefs(mapping);
        Entity entity = entity(refs, refs.add(insert.getTable()));
        if (insert.getSelect() != null && !(insert.getSelect() instanceof net.sf.jsqlparser.statement.select.Values)
                && insert.getSelect().getPlainSelect() != null && insert.getSelect().getPlainSelect().getFromItem() != null) {
            notes.add("INSERT ... SELECT: one create per row read");
        }
        if (insert.getConflictAction() != null || insert.getDuplicateUpdateSets() != null) {
            notes.add("an upsert (ON CONFLICT / ON DUPLICATE KEY): a put that replaces the item");
        }
        return pattern(PatternType.CREATE, entity, List.of(), QueryNames.write("Create", entity, List.of()));
    }

    AccessPattern update(Update update, List<String> notes) throws UnmappedQuery {
        if (update.getJoins() != null && !update.getJoins().isEmpty() || update.getFromItem() != null) {
            throw new UnmappedQuery("an UPDATE across tables: DynamoDB updates one item per request");
        }
        TableRefs refs = new TableRefs(mapping);
        SqlTable table = refs.add(update.getTable());
        Entity entity = entity(refs, table);
        oneRow(update.getWhere(), refs, entity, "UPDATE", notes);
        List<String> set = new ArrayList<>();
        for (UpdateSet updateSet : update.getUpdateSets()) {
            for (Column column : updateSet.getColumns()) {
                String attribute = refs.attribute(column);
                if (!set.contains(attribute)) {
                    set.add(attribute);
                }
            }
        }
        return pattern(PatternType.UPDATE, entity, set, QueryNames.write("Update", entity, set));
    }

    AccessPattern delete(Delete delete, List<String> notes) throws UnmappedQuery {
        if (delete.getJoins() != null && !delete.getJoins().isEmpty() || delete.getUsingList() != null && !delete.getUsingList().isEmpty()) {
            throw new UnmappedQuery("a DELETE across tables: DynamoDB deletes one item per request");
        }
        TableRefs refs = new TableRefs(mapping);
        Entity entity = entity(refs, refs.add(delete.getTable()));
        oneRow(delete.getWhere(), refs, entity, "DELETE", notes);
        return pattern(PatternType.DELETE, entity, List.of(), QueryNames.write("Delete", entity, List.of()));
    }

    /** The WHERE must fix the identifier (or a unique attribute) with {@code =}. */
    private static void oneRow(Expression where, TableRefs refs, Entity entity, String verb, List<String> notes) throws UnmappedQuery {
        WhereConditions conditions = WhereConditions.of(where, refs);
        Set<String> equal = conditions.found.stream().filter(f -> f.condition().op() == Op.EQ && f.note() == null)
                .map(f -> f.condition().attribute()).collect(Collectors.toSet());
        if (equal.containsAll(entity.identifierNames())) {
            return;
        }
        var unique = entity.uniqueAttributes().stream().filter(a -> equal.contains(a.name())).findFirst();
        if (unique.isPresent()) {
            notes.add("by its unique " + unique.get().name() + ": the key is read from the unique value first");
            return;
        }
        List<String> on = conditions.found.stream().map(f -> f.condition()).map(Condition::attribute).toList();
        throw new UnmappedQuery(verb + " " + (on.isEmpty() ? "without WHERE" : "WHERE " + String.join(", ", on))
                + " changes every matching row; a DynamoDB write names one item by its key ("
                + String.join(", ", entity.identifierNames()) + "): read those rows with a query, then write each");
    }

    private Entity entity(TableRefs refs, SqlTable table) {
        return mapping.model().entity(refs.entity(table)).orElseThrow();
    }

    private static AccessPattern pattern(PatternType type, Entity entity, List<String> set, String name) {
        return new AccessPattern("", name, type, entity.name(), null, null, null, null, null, null,
                set.isEmpty() ? null : set, null, null, null, null);
    }
}
