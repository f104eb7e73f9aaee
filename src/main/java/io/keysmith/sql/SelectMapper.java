package io.keysmith.sql;

import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Entity;
import io.keysmith.model.OrderBy;
import io.keysmith.model.PatternType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * A SELECT as a read: the entity is the table its WHERE conditions are on; ANDed comparisons
 * become the conditions (one range in {@code where}, further ranges in {@code filter}); ORDER BY's
 * first column the order; LIMIT the limit; each table JOINed along a foreign key an {@code
 * include}. GROUP BY, UNION, subqueries in FROM, OR and joins that follow no foreign key are refused
 * with the reason.
 */
final class SelectMapper {

    private final SchemaMapping mapping;

    SelectMapper(SchemaMapping mapping) {
        this.mapping = mapping;
    }

    AccessPattern map(Select select, List<String> notes) throws UnmappedQuery {
        if (select.getWithItemsList() != null && !select.getWithItemsList().isEmpty()) {
            throw new UnmappedQuery("a WITH query: map each part as its own statement");
        }
        if (!(select instanceof PlainSelect plain)) {
            throw new UnmappedQuery("UNION, INTERSECT, EXCEPT or VALUES: one DynamoDB request reads one key; write one statement per part");
        }
        if (plain.getGroupBy() != null) {
            throw new UnmappedQuery("GROUP BY: DynamoDB does not aggregate; keep the aggregate in an item of its own, updated on writes");
        }
        if (plain.getFromItem() == null) {
            throw new UnmappedQuery("reads no table");
        }
        TableRefs refs = new TableRefs(mapping);
        refs.add(plain.getFromItem());
        if (plain.getJoins() != null) {
            for (Join join : plain.getJoins()) {
                join(join, refs);
            }
        }
        WhereConditions where = WhereConditions.of(plain.getWhere(), refs);
        Set<SqlTable> conditioned = new LinkedHashSet<>();
        where.found.forEach(f -> conditioned.add(f.table()));
        if (conditioned.size() > 1) {
            throw new UnmappedQuery("conditions on several tables (" + String.join(", ", conditioned.stream()
                    .map(SqlTable::qualifiedName).toList()) + "): a DynamoDB request reads one entity's key;"
                    + " copy the other table's attribute onto it, or read in two steps");
        }
        SqlTable main = conditioned.isEmpty() ? refs.tables().getFirst() : conditioned.iterator().next();
        Entity entity = mapping.model().entity(refs.entity(main)).orElseThrow();
        List<String> include = includes(refs, main, notes);
        OrderBy order = order(plain, refs, main, notes);
        List<Condition> keyConditions = new ArrayList<>();
        List<Condition> filter = new ArrayList<>();
        Conditions.split(where.found.stream().map(WhereConditions.Found::condition).toList(), entity, order, keyConditions, filter);
        where.found.stream().filter(f -> f.note() != null).forEach(f -> notes.add(f.note()));
        where.dropped.forEach(d -> notes.add("condition not mapped (no such key condition in a model): " + d));
        if (plain.getWhere() == null) {
            notes.add("no WHERE: reads the whole table (a Scan)");
        }
        if (plain.getOffset() != null) {
            notes.add("OFFSET: DynamoDB pages with the last key read instead");
        }
        Integer limit = null;
        if (plain.getLimit() != null && plain.getLimit().getRowCount() instanceof LongValue rows
                && rows.getValue() > 0 && rows.getValue() <= Integer.MAX_VALUE) {
            limit = (int) rows.getValue();
        } else if (plain.getLimit() != null) {
            notes.add("LIMIT " + Names.printable(String.valueOf(plain.getLimit().getRowCount())) + " is not a number; no limit set");
        }
        String name = QueryNames.read(entity, keyConditions, order, limit, include);
        return new AccessPattern("", name, PatternType.READ, entity.name(), keyConditions.isEmpty() ? null : keyConditions,
                filter.isEmpty() ? null : filter, order, include.isEmpty() ? null : include, null, limit, null, null, null,
                null, null);
    }

    private void join(Join join, TableRefs refs) throws UnmappedQuery {
        if (join.isSimple() || join.getOnExpressions() == null || join.getOnExpressions().isEmpty()) {
            throw new UnmappedQuery("a join without ON: write JOIN ... ON along a foreign key");
        }
        List<SqlTable> before = List.copyOf(refs.tables());
        SqlTable joined = refs.add(join.getFromItem());
        boolean linked = before.stream().anyMatch(t -> mapping.link(t, joined).isPresent());
        if (!linked) {
            throw new UnmappedQuery("JOIN " + Names.printable(joined.qualifiedName())
                    + " follows no foreign key of the schema: a DynamoDB request cannot join");
        }
    }

    private List<String> includes(TableRefs refs, SqlTable main, List<String> notes) {
        List<String> include = new ArrayList<>();
        for (SqlTable table : refs.tables()) {
            if (table == main) {
                continue;
            }
            if (mapping.link(main, table).isPresent() || isThrough(main, table)) {
                String name = refs.entity(table);
                if (!include.contains(name)) {
                    include.add(name);
                }
            } else {
                notes.add(refs.entity(table) + " is joined but not related to " + refs.entity(main) + " directly; not included");
            }
        }
        return include;
    }

    /** The other end of a many-to-many whose join table is the main table, or the join table of one. */
    private boolean isThrough(SqlTable main, SqlTable other) {
        String a = mapping.names().entity(main);
        String b = mapping.names().entity(other);
        return mapping.model().relationships().stream().anyMatch(r -> r.through() != null
                && (r.through().equals(a) && (r.from().equals(b) || r.to().equals(b))
                || r.through().equals(b) && (r.from().equals(a) || r.to().equals(a))));
    }

    private static OrderBy order(PlainSelect plain, TableRefs refs, SqlTable main, List<String> notes) throws UnmappedQuery {
        List<OrderByElement> elements = plain.getOrderByElements();
        if (elements == null || elements.isEmpty()) {
            return null;
        }
        if (elements.size() > 1) {
            notes.add("ORDER BY " + elements.size() + " columns: only the first is the order of a key");
        }
        if (!(elements.getFirst().getExpression() instanceof Column column) || refs.tableOf(column) != main) {
            notes.add("ORDER BY " + Names.printable(elements.getFirst().toString()) + " is not a column of the entity read; no order set");
            return null;
        }
        return new OrderBy(refs.attribute(column), elements.getFirst().isAsc() ? "asc" : "desc");
    }
}
