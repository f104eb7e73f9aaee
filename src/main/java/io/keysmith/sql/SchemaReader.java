package io.keysmith.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.type.CreateType;
import net.sf.jsqlparser.statement.create.type.EnumTypeDefinition;

/**
 * Reads the statements of a DDL file into an {@link SqlSchema}. Only statements that shape tables
 * are parsed (CREATE TABLE, ALTER TABLE, CREATE INDEX, COMMENT ON, CREATE TYPE ... AS ENUM); the
 * rest of a dump (SET, GRANT, functions...) is counted and named in one note. A statement the
 * parser cannot read gives a warning at its position, and the others still import.
 */
final class SchemaReader {

    private final String file;
    private final SqlParser parser;
    private final SqlSchema schema = new SqlSchema();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Integer> ignored = new LinkedHashMap<>();
    private int ignoredFirstLine;

    SchemaReader(String file, SqlParser parser) {
        this.file = file;
        this.parser = parser;
    }

    SqlSchema schema() {
        return schema;
    }

    List<String> warnings() {
        return warnings;
    }

    List<String> notes() {
        List<String> all = new ArrayList<>(notes);
        if (!ignored.isEmpty()) {
            int count = ignored.values().stream().mapToInt(Integer::intValue).sum();
            List<String> kinds = ignored.entrySet().stream().map(e -> e.getKey() + (e.getValue() > 1 ? " x" + e.getValue() : "")).toList();
            all.add(file + ": " + count + " statement" + (count == 1 ? " that shapes" : "s that shape") + " no table left out ("
                    + String.join(", ", kinds.subList(0, Math.min(kinds.size(), 8))) + (kinds.size() > 8 ? ", ..." : "")
                    + "), the first at line " + ignoredFirstLine);
        }
        return all;
    }

    void read(SqlStatement statement) {
        String kind = kind(statement.text());
        if (!List.of("CREATE TABLE", "ALTER TABLE", "CREATE INDEX", "COMMENT ON", "CREATE TYPE").contains(kind)) {
            ignore(kind, statement);
            return;
        }
        Statement parsed;
        try {
            parsed = parser.parse(statement);
        } catch (SqlProblem problem) {
            warnings.add(file + ": " + problem.position() + ": " + statement.head() + " skipped: " + problem.getMessage());
            return;
        }
        List<String> located = new ArrayList<>();
        switch (parsed) {
            case CreateTable create -> createTable(create, statement, located);
            case Alter alter -> AlterReader.apply(alter, schema, statement, located, parser);
            case CreateIndex index -> AlterReader.createIndex(index, schema, statement, located);
            case Comment comment -> AlterReader.comment(comment, schema);
            case UnsupportedStatement unsupported ->
                    located.add(statement.start() + ": " + statement.head() + " skipped: the SQL parser does not support it");
            case CreateType type when type.getDefinition() instanceof EnumTypeDefinition e ->
                    schema.enumTypes.put(SqlTable.key(Names.unquote(type.getName())),
                            e.getLabels().stream().map(l -> l.getValue().replace("''", "'")).toList());
            default -> ignore(kind, statement);
        }
        located.forEach(m -> warnings.add(file + ": " + m));
    }

    private void createTable(CreateTable create, SqlStatement statement, List<String> located) {
        if (create.getSelect() != null || create.getLikeTable() != null || create.getColumnDefinitions() == null) {
            located.add(statement.start() + ": " + statement.head() + " skipped: its columns come from a query or another table");
            return;
        }
        SqlTable table = CreateTableReader.read(create, statement, schema, located, parser);
        if (schema.tables.containsKey(SqlTable.key(table.qualifiedName()))) {
            located.add(statement.start() + ": table " + Names.printable(table.qualifiedName()) + " is created a second time; the first one is kept");
            return;
        }
        schema.add(table);
    }

    private void ignore(String kind, SqlStatement statement) {
        if (ignored.isEmpty()) {
            ignoredFirstLine = statement.line();
        }
        ignored.merge(kind, 1, Integer::sum);
    }

    /** The statement's kind from its first words, with modifiers dropped ({@code CREATE UNLOGGED TABLE} is CREATE TABLE). */
    static String kind(String text) {
        List<String> words = new ArrayList<>();
        String[] all = text.strip().split("[\\s(]+", 8);
        int wanted = List.of("CREATE", "ALTER", "DROP", "COMMENT").contains(all[0].toUpperCase(Locale.ROOT)) ? 2 : 1;
        for (String w : all) {
            String upper = w.toUpperCase(Locale.ROOT);
            if (!List.of("OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "UNIQUE", "CONCURRENTLY")
                    .contains(upper)) {
                words.add(upper);
            }
            if (words.size() == wanted) {
                break;
            }
        }
        String kind = String.join(" ", words);
        return Names.printable(kind.length() > 30 ? kind.substring(0, 30) : kind);
    }
}
