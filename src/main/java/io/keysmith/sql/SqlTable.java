package io.keysmith.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A table as the DDL declares it, across CREATE TABLE, ALTER TABLE, CREATE INDEX and COMMENT ON statements. */
final class SqlTable {

    final String schema;
    final String name;
    final SqlStatement.Position at;
    String comment;
    final Map<String, SqlColumn> columns = new LinkedHashMap<>();
    final List<String> primaryKey = new ArrayList<>();
    final List<SqlIndex> indexes = new ArrayList<>();
    final List<SqlForeignKey> foreignKeys = new ArrayList<>();

    SqlTable(String schema, String name, SqlStatement.Position at) {
        this.schema = schema;
        this.name = name;
        this.at = at;
    }

    /** {@code shop.orders}, or {@code orders} without a schema. */
    String qualifiedName() {
        return schema == null ? name : schema + "." + name;
    }

    void add(SqlColumn column) {
        columns.put(key(column.name), column);
    }

    Optional<SqlColumn> column(String columnName) {
        return Optional.ofNullable(columns.get(key(columnName)));
    }

    /** The column's name as declared (case and all), or the given name when the table has no such column. */
    String declared(String columnName) {
        return column(columnName).map(c -> c.name).orElse(columnName);
    }

    /** Whether these columns, in any order, are the primary key or a unique constraint or index. */
    boolean uniqueOn(List<String> columnNames) {
        if (sameColumns(primaryKey, columnNames)) {
            return true;
        }
        return indexes.stream().anyMatch(i -> i.unique() && i.where() == null && sameColumns(i.columns(), columnNames));
    }

    static boolean sameColumns(List<String> a, List<String> b) {
        return !a.isEmpty() && a.size() == b.size()
                && a.stream().map(SqlTable::key).sorted().toList().equals(b.stream().map(SqlTable::key).sorted().toList());
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
