package io.keysmith.sql;

import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * A table as an entity: identifier attributes first (the primary key, in its order), then the
 * other columns in table order, each typed from its SQL type, {@code unique} from a one-column
 * unique constraint, {@code required: false} when nullable, enumeration values from CHECK or ENUM,
 * and a description that keeps the column's SQL name and type.
 */
final class EntityMapper {

    private final EntityNames names;
    private final String file;
    private final List<String> notes;
    private final List<String> warnings;
    private final Map<SqlTable, List<String>> identifiers = new HashMap<>();

    EntityMapper(EntityNames names, String file, List<String> notes, List<String> warnings) {
        this.names = names;
        this.file = file;
        this.notes = notes;
        this.warnings = warnings;
    }

    Entity map(SqlTable table) {
        List<String> identifier = identifier(table);
        List<SqlColumn> ordered = new ArrayList<>();
        identifier.forEach(c -> table.column(c).ifPresent(ordered::add));
        table.columns.values().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        List<Attribute> attributes = new ArrayList<>();
        for (SqlColumn column : ordered) {
            attributes.add(attribute(table, column, identifier.stream().anyMatch(c -> SqlTable.key(c).equals(SqlTable.key(column.name)))));
        }
        String description = (table.comment == null || table.comment.isBlank() ? "" : table.comment.strip() + " ")
                + "(SQL table " + table.qualifiedName() + ")";
        return new Entity(names.entity(table), description, attributes, null, null, null);
    }

    /** The primary key; without one, the first unique constraint, else the first column (with a warning). */
    List<String> identifier(SqlTable table) {
        return identifiers.computeIfAbsent(table, this::chooseIdentifier);
    }

    private List<String> chooseIdentifier(SqlTable table) {
        if (!table.primaryKey.isEmpty() && table.primaryKey.stream().allMatch(c -> table.column(c).isPresent())) {
            return table.primaryKey;
        }
        Optional<SqlIndex> unique = table.indexes.stream().filter(i -> i.unique() && i.where() == null)
                .filter(i -> i.columns().stream().allMatch(c -> table.column(c).map(x -> x.notNull).orElse(false)))
                .findFirst()
                .or(() -> table.indexes.stream().filter(i -> i.unique() && i.where() == null).findFirst());
        if (unique.isPresent()) {
            notes.add(file + ": " + table.at + ": table " + Names.printable(table.qualifiedName())
                    + " has no primary key; its unique " + unique.get().columns() + " identifies an item");
            return unique.get().columns();
        }
        if (table.columns.isEmpty()) {
            return List.of();
        }
        String first = table.columns.values().iterator().next().name;
        warnings.add(file + ": " + table.at + ": table " + Names.printable(table.qualifiedName())
                + " has no primary key or unique constraint; its first column " + Names.printable(first)
                + " is taken as the identifier: check it");
        return List.of(first);
    }

    private Attribute attribute(SqlTable table, SqlColumn column, boolean identifier) {
        SqlTypes.Mapped mapped = SqlTypes.map(column.sqlType, column.array);
        String name = names.attribute(table, column.name);
        if (!mapped.known() && column.values.isEmpty()) {
            notes.add(file + ": " + table.at + ": column " + Names.printable(table.qualifiedName() + "." + column.name)
                    + " has the type " + Names.printable(column.sqlType) + ", which Keysmith does not know; imported as a string");
        }
        AttributeType type = identifier && !mapped.type().isScalar() ? AttributeType.STRING : mapped.type();
        boolean unique = !identifier && table.indexes.stream().anyMatch(i -> i.unique() && i.where() == null
                && i.columns().size() == 1 && SqlTable.key(i.columns().getFirst()).equals(SqlTable.key(column.name)));
        String format = mapped.format() != null ? mapped.format() : FormatHints.forColumn(name, type);
        String description = (column.comment == null || column.comment.isBlank() ? "" : column.comment.strip() + " ")
                + "(SQL column " + column.name + " " + column.sqlType.strip() + (column.array ? "[]" : "") + ")";
        return new Attribute(name, type, identifier ? Boolean.TRUE : null, unique ? Boolean.TRUE : null, null,
                identifier || column.notNull ? null : Boolean.FALSE, values(column, type), format, description);
    }

    /** Enumeration values that fit the attribute's type (numbers for a number, text otherwise). */
    private static List<Object> values(SqlColumn column, AttributeType type) {
        if (column.values.isEmpty()) {
            return null;
        }
        List<Object> fitting = new ArrayList<>();
        for (Object value : column.values) {
            if (type == AttributeType.NUMBER || type == AttributeType.NUMBER_SET) {
                if (value instanceof Number) {
                    fitting.add(value);
                }
            } else if (type == AttributeType.STRING || type == AttributeType.STRING_SET) {
                fitting.add(String.valueOf(value));
            }
        }
        return fitting.isEmpty() ? null : fitting;
    }
}
