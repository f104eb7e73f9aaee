package io.keysmith.sql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Keysmith name of every table and column, unique and valid: a table whose name gives no
 * letters becomes {@code Table3}, two tables giving the same entity name are told apart by their
 * schema ({@code BillingInvoice}) or a number, two columns giving the same attribute get a number.
 */
final class EntityNames {

    private final Map<SqlTable, String> entities = new HashMap<>();
    private final Map<SqlTable, Map<String, String>> attributes = new HashMap<>();

    EntityNames(List<SqlTable> tables) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            SqlTable table = tables.get(i);
            String name = Names.entity(table.name);
            if (name.isEmpty()) {
                name = "Table" + (i + 1);
            }
            if (taken.contains(name.toLowerCase(Locale.ROOT)) && table.schema != null) {
                name = Names.pascal(table.schema) + name;
            }
            name = free(Character.isLetter(name.charAt(0)) ? name : "T" + name, taken);
            entities.put(table, name);
            attributes.put(table, columns(table));
        }
    }

    String entity(SqlTable table) {
        return entities.get(table);
    }

    /** The attribute of a column of the table (matched without regard to case); the column's own name if unknown. */
    String attribute(SqlTable table, String column) {
        String name = attributes.get(table).get(SqlTable.key(column));
        return name != null ? name : column;
    }

    List<String> attributes(SqlTable table, List<String> columns) {
        return columns.stream().map(c -> attribute(table, c)).toList();
    }

    private static Map<String, String> columns(SqlTable table) {
        Map<String, String> names = new HashMap<>();
        Set<String> taken = new HashSet<>();
        int position = 0;
        for (SqlColumn column : table.columns.values()) {
            position++;
            String name = Names.attribute(column.name);
            names.put(SqlTable.key(column.name), free(name.isEmpty() ? "column" + position : name, taken));
        }
        return names;
    }

    private static String free(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + n;
        }
        return candidate;
    }
}
