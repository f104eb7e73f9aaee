package io.keysmith.sql;

import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;

/** A parsed CREATE TABLE as a {@link SqlTable}: columns with their types and constraints, table constraints, MySQL's table comment. */
final class CreateTableReader {

    private CreateTableReader() {
    }

    static SqlTable read(CreateTable create, SqlStatement statement, SqlSchema schema, List<String> notes,
            SqlParser parser) {
        SqlStatement.Position at = statement.start();
        String schemaName = create.getTable().getSchemaName();
        SqlTable table = new SqlTable(schemaName == null ? null : Names.unquote(schemaName),
                Names.unquote(create.getTable().getName()), at);
        if (create.getColumnDefinitions() != null) {
            for (ColumnDefinition definition : create.getColumnDefinitions()) {
                ColDataType type = definition.getColDataType();
                boolean array = type.getArrayData() != null && !type.getArrayData().isEmpty();
                SqlColumn column = new SqlColumn(Names.unquote(definition.getColumnName()), type.getDataType(), array);
                table.add(column);
                enumValues(column, type, schema);
                ColumnSpecs.apply(table, column, definition.getColumnSpecs(), at, notes, parser);
            }
        }
        if (create.getIndexes() != null) {
            for (Index index : create.getIndexes()) {
                String note = Constraints.apply(table, index, at);
                if (note != null) {
                    notes.add(at + ": " + note);
                }
            }
        }
        table.comment = tableComment(create.getTableOptionsStrings());
        return table;
    }

    /** MySQL's {@code ENUM('a','b')} and {@code SET(...)}, or a PostgreSQL type made by CREATE TYPE ... AS ENUM. */
    private static void enumValues(SqlColumn column, ColDataType type, SqlSchema schema) {
        String base = SqlTypes.baseName(type.getDataType());
        if ((base.equals("enum") || base.equals("set")) && type.getArgumentsStringList() != null) {
            type.getArgumentsStringList().forEach(v -> column.values.add(ColumnSpecs.stringLiteral(v)));
        } else {
            schema.enumType(Names.unquote(type.getDataType().strip())).ifPresent(column.values::addAll);
        }
    }

    private static String tableComment(List<String> options) {
        if (options == null) {
            return null;
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).toUpperCase(Locale.ROOT).equals("COMMENT")) {
                int value = i + 1 < options.size() && options.get(i + 1).equals("=") ? i + 2 : i + 1;
                if (value < options.size() && options.get(value).startsWith("'")) {
                    return ColumnSpecs.stringLiteral(options.get(value));
                }
            }
        }
        return null;
    }
}
