package io.keysmith.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables and enumerated types of a DDL file, in the order they were declared. Names are
 * matched without regard to case; an unqualified name finds the table of that name in any schema
 * when only one schema has it.
 */
final class SqlSchema {

    final Map<String, SqlTable> tables = new LinkedHashMap<>();
    final Map<String, List<String>> enumTypes = new LinkedHashMap<>();

    Optional<SqlTable> table(String schema, String name) {
        if (schema != null) {
            SqlTable exact = tables.get(SqlTable.key(schema + "." + name));
            if (exact != null) {
                return Optional.of(exact);
            }
        }
        SqlTable plain = tables.get(SqlTable.key(name));
        if (plain != null) {
            return Optional.of(plain);
        }
        List<SqlTable> named = tables.values().stream().filter(t -> SqlTable.key(t.name).equals(SqlTable.key(name))).toList();
        if (named.size() == 1 || schema == null && !named.isEmpty()) {
            return Optional.of(named.getFirst());
        }
        return named.stream().filter(t -> "public".equalsIgnoreCase(t.schema)).findFirst();
    }

    void add(SqlTable table) {
        tables.put(SqlTable.key(table.qualifiedName()), table);
    }

    Optional<List<String>> enumType(String typeName) {
        String key = SqlTable.key(typeName);
        List<String> values = enumTypes.get(key);
        if (values == null && key.contains(".")) {
            values = enumTypes.get(key.substring(key.lastIndexOf('.') + 1));
        }
        return Optional.ofNullable(values);
    }

    List<SqlTable> tableList() {
        return new ArrayList<>(tables.values());
    }
}
