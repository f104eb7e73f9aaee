package io.keysmith.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;

/** The tables a statement names, by alias and by name, and which table a column reference belongs to. */
final class TableRefs {

    private final SchemaMapping mapping;
    private final Map<String, SqlTable> byAlias = new LinkedHashMap<>();
    private final List<SqlTable> tables = new ArrayList<>();

    TableRefs(SchemaMapping mapping) {
        this.mapping = mapping;
    }

    SqlTable add(FromItem item) throws UnmappedQuery {
        if (!(item instanceof Table table)) {
            throw new UnmappedQuery("reads from a subquery or a function, not a table");
        }
        String schema = table.getSchemaName() == null ? null : Names.unquote(table.getSchemaName());
        String name = Names.unquote(table.getName());
        SqlTable found = mapping.schema().table(schema, name).orElseThrow(() ->
                new UnmappedQuery("table " + Names.printable(name) + " is not in the schema"));
        tables.add(found);
        byAlias.put(SqlTable.key(name), found);
        if (table.getAlias() != null) {
            byAlias.put(SqlTable.key(Names.unquote(table.getAlias().getName())), found);
        }
        return found;
    }

    List<SqlTable> tables() {
        return tables;
    }

    /** The table of a column: by its qualifier, else the first table of the statement that has it. */
    SqlTable tableOf(Column column) throws UnmappedQuery {
        String name = Names.unquote(column.getColumnName());
        if (column.getTable() != null && column.getTable().getName() != null) {
            SqlTable table = byAlias.get(SqlTable.key(Names.unquote(column.getTable().getName())));
            if (table == null) {
                throw new UnmappedQuery(Names.printable(column.getTable().getName()) + " is no table of the statement");
            }
            if (table.column(name).isEmpty()) {
                throw new UnmappedQuery(Names.printable(table.qualifiedName()) + " has no column " + Names.printable(name));
            }
            return table;
        }
        for (SqlTable table : tables) {
            if (table.column(name).isPresent()) {
                return table;
            }
        }
        throw new UnmappedQuery("no table of the statement has a column " + Names.printable(name));
    }

    String attribute(Column column) throws UnmappedQuery {
        return mapping.names().attribute(tableOf(column), Names.unquote(column.getColumnName()));
    }

    String entity(SqlTable table) {
        return mapping.names().entity(table);
    }
}
