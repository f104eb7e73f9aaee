package io.keysmith.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;

/**
 * The constraints written on a column ({@code NOT NULL}, {@code PRIMARY KEY}, {@code UNIQUE},
 * {@code REFERENCES t(id)}, {@code CHECK (...)}, MySQL's {@code COMMENT '...'}): JSqlParser hands
 * them over as words, and the REFERENCES and CHECK parts are parsed again as what they are.
 */
final class ColumnSpecs {

    private static final Set<String> STARTS = Set.of("NOT", "NULL", "PRIMARY", "UNIQUE", "CHECK", "DEFAULT",
            "COMMENT", "CONSTRAINT", "COLLATE", "GENERATED", "AUTO_INCREMENT", "ON", "REFERENCES");

    private ColumnSpecs() {
    }

    static void apply(SqlTable table, SqlColumn column, List<String> specs, SqlStatement.Position at, List<String> notes,
            SqlParser parser) {
        if (specs == null) {
            return;
        }
        for (int i = 0; i < specs.size(); i++) {
            String word = specs.get(i);
            String upper = word.toUpperCase(Locale.ROOT);
            String next = i + 1 < specs.size() ? specs.get(i + 1) : "";
            if (upper.equals("NOT") && next.equalsIgnoreCase("NULL")) {
                column.notNull = true;
                i++;
            } else if (upper.equals("PRIMARY") && next.equalsIgnoreCase("KEY")) {
                table.primaryKey.clear();
                table.primaryKey.add(column.name);
                column.notNull = true;
                i++;
            } else if (upper.equals("UNIQUE")) {
                table.indexes.add(SqlIndex.of(null, List.of(column.name), true));
            } else if (upper.equals("DEFAULT") || upper.equals("CONSTRAINT") || upper.equals("COLLATE")) {
                i++; // the value, name or collation that follows
            } else if (upper.equals("COMMENT") && next.startsWith("'")) {
                column.comment = stringLiteral(next);
                i++;
            } else if (upper.equals("CHECK") && next.startsWith("(")) {
                check(table, next);
                i++;
            } else if (upper.startsWith("REFERENCES")) {
                StringBuilder reference = new StringBuilder(word);
                while (i + 1 < specs.size() && !STARTS.contains(specs.get(i + 1).toUpperCase(Locale.ROOT))) {
                    reference.append(' ').append(specs.get(++i));
                }
                if (!reference(table, column, reference.toString(), at, parser)) {
                    notes.add(at + ": the reference of column " + Names.printable(column.name) + " of " + Names.printable(table.qualifiedName())
                            + " cannot be read; no relationship made from it");
                }
            }
        }
    }

    private static void check(SqlTable table, String expression) {
        try {
            CheckValues.of(CCJSqlParserUtil.parseCondExpression(expression)).forEach((name, values) ->
                    table.column(name).ifPresent(c -> {
                        c.values.clear();
                        c.values.addAll(values);
                    }));
        } catch (JSQLParserException e) {
            // a check the parser cannot read constrains nothing Keysmith models
        }
    }

    /** An inline {@code REFERENCES parent(col) ...}, read as the foreign key constraint it stands for. */
    private static boolean reference(SqlTable table, SqlColumn column, String reference, SqlStatement.Position at,
            SqlParser parser) {
        if (parser.parseQuietly("ALTER TABLE t ADD FOREIGN KEY (c) " + reference) instanceof Alter alter) {
            for (AlterExpression e : alter.getAlterExpressions()) {
                if (e.getIndex() instanceof ForeignKeyIndex fk) {
                    table.foreignKeys.add(new SqlForeignKey(null, List.of(column.name),
                            fk.getTable().getSchemaName() == null ? null : Names.unquote(fk.getTable().getSchemaName()),
                            Names.unquote(fk.getTable().getName()), Constraints.unquote(fk.getReferencedColumnNames()), at));
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of an SQL string literal ({@code 'it''s'} gives {@code it's}). */
    static String stringLiteral(String literal) {
        String s = literal.strip();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1).replace("''", "'").replace("\\'", "'");
        }
        return s;
    }
}
