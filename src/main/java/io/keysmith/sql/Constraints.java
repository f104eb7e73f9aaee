package io.keysmith.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ExcludeConstraint;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * Applies a table constraint or index, as CREATE TABLE lists it or ALTER TABLE ... ADD adds it, to
 * a table: primary key, unique constraint or key, plain index, foreign key, CHECK enumeration.
 */
final class Constraints {

    private Constraints() {
    }

    /** Applies the constraint; returns a note when it is one Keysmith leaves out, else null. */
    static String apply(SqlTable table, Index index, SqlStatement.Position at) {
        if (index instanceof ForeignKeyIndex fk) {
            table.foreignKeys.add(new SqlForeignKey(name(fk.getName()), unquote(fk.getColumnsNames()),
                    fk.getTable().getSchemaName() == null ? null : Names.unquote(fk.getTable().getSchemaName()),
                    Names.unquote(fk.getTable().getName()),
                    fk.getReferencedColumnNames() == null ? List.of() : unquote(fk.getReferencedColumnNames()), at));
            return null;
        }
        if (index instanceof CheckConstraint check) {
            for (Map.Entry<String, List<Object>> e : CheckValues.of(check.getExpression()).entrySet()) {
                table.column(e.getKey()).ifPresent(c -> {
                    c.values.clear();
                    c.values.addAll(e.getValue());
                });
            }
            return null;
        }
        if (index instanceof ExcludeConstraint) {
            return "an EXCLUDE constraint of " + table.qualifiedName() + " is not imported (DynamoDB has no equivalent)";
        }
        String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
        List<String> columns = index.getColumns() != null && !index.getColumns().isEmpty()
                ? unquote(index.getColumns().stream().map(Index.ColumnParams::getColumnName).toList())
                : unquote(index.getColumnsNames());
        if (type.contains("FULLTEXT") || type.contains("SPATIAL")) {
            return "the " + type.toLowerCase(Locale.ROOT) + " index on " + table.qualifiedName() + " " + columns
                    + " is not imported (DynamoDB has no full-text or spatial index)";
        }
        if (columns.isEmpty()) {
            return null;
        }
        if (type.contains("PRIMARY")) {
            table.primaryKey.clear();
            table.primaryKey.addAll(columns);
        } else {
            boolean expressions = index.getColumns() != null && index.getColumns().stream()
                    .anyMatch(p -> p.isExpression() || p.getParams() != null && p.getParams().stream().anyMatch(s -> s.startsWith("(")));
            if (expressions) {
                return "the index " + name(index.getName()) + " on " + table.qualifiedName()
                        + " is on an expression; not imported";
            }
            List<Boolean> descending = index.getColumns() == null ? columns.stream().map(c -> false).toList()
                    : index.getColumns().stream().map(p -> p.getParams() != null && p.getParams().stream()
                            .anyMatch(s -> s.equalsIgnoreCase("DESC"))).toList();
            table.indexes.add(new SqlIndex(name(index.getName()), columns, descending, type.contains("UNIQUE"), null));
        }
        return null;
    }

    static List<String> unquote(List<String> names) {
        return names == null ? List.of() : names.stream().map(Names::unquote).toList();
    }

    static String name(String name) {
        return name == null ? null : Names.unquote(name);
    }
}
