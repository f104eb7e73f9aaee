package io.keysmith.sql;

import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * The statements that change a table after CREATE TABLE: ALTER TABLE ... ADD CONSTRAINT / ADD
 * COLUMN (as pg_dump writes keys), CREATE INDEX, and COMMENT ON TABLE / COLUMN. Anything else an
 * ALTER TABLE does (OWNER TO, SET ...) changes nothing Keysmith models.
 */
final class AlterReader {

    private AlterReader() {
    }

    static void apply(Alter alter, SqlSchema schema, SqlStatement statement, List<String> located, SqlParser parser) {
        Optional<SqlTable> found = table(schema, alter.getTable(), statement, located);
        if (found.isEmpty() || alter.getAlterExpressions() == null) {
            return;
        }
        SqlTable table = found.get();
        for (AlterExpression e : alter.getAlterExpressions()) {
            if (e.getOperation() != AlterOperation.ADD) {
                continue;
            }
            if (e.getIndex() != null) {
                String note = Constraints.apply(table, e.getIndex(), statement.start());
                if (note != null) {
                    located.add(statement.start() + ": " + note);
                }
            } else if (e.getColDataTypeList() != null) {
                for (AlterExpression.ColumnDataType added : e.getColDataTypeList()) {
                    ColDataType type = added.getColDataType();
                    boolean array = type.getArrayData() != null && !type.getArrayData().isEmpty();
                    SqlColumn column = new SqlColumn(Names.unquote(added.getColumnName()), type.getDataType(), array);
                    table.add(column);
                    ColumnSpecs.apply(table, column, added.getColumnSpecs(), statement.start(), located, parser);
                }
            }
        }
    }

    static void createIndex(CreateIndex create, SqlSchema schema, SqlStatement statement, List<String> located) {
        Optional<SqlTable> found = table(schema, create.getTable(), statement, located);
        Index index = create.getIndex();
        if (found.isEmpty() || index == null) {
            return;
        }
        int before = found.get().indexes.size();
        String note = Constraints.apply(found.get(), index, statement.start());
        if (note != null) {
            located.add(statement.start() + ": " + note);
        } else if (create.getWhere() != null && found.get().indexes.size() > before) {
            SqlIndex added = found.get().indexes.removeLast();
            found.get().indexes.add(new SqlIndex(added.name(), added.columns(), added.descending(), added.unique(),
                    create.getWhere().toString()));
        }
    }

    static void comment(Comment comment, SqlSchema schema) {
        String text = comment.getComment() == null ? null : comment.getComment().getValue().replace("''", "'");
        if (comment.getColumn() != null && comment.getColumn().getTable() != null) {
            var t = comment.getColumn().getTable();
            schema.table(t.getSchemaName() == null ? null : Names.unquote(t.getSchemaName()), Names.unquote(t.getName()))
                    .flatMap(table -> table.column(Names.unquote(comment.getColumn().getColumnName())))
                    .ifPresent(c -> c.comment = text);
        } else if (comment.getTable() != null) {
            var t = comment.getTable();
            schema.table(t.getSchemaName() == null ? null : Names.unquote(t.getSchemaName()), Names.unquote(t.getName()))
                    .ifPresent(table -> table.comment = text);
        }
    }

    private static Optional<SqlTable> table(SqlSchema schema, net.sf.jsqlparser.schema.Table name, SqlStatement statement,
            List<String> located) {
        String schemaName = name.getSchemaName() == null ? null : Names.unquote(name.getSchemaName());
        Optional<SqlTable> table = schema.table(schemaName, Names.unquote(name.getName()));
        if (table.isEmpty()) {
            located.add(statement.start() + ": " + statement.head() + " skipped: table "
                    + Names.printable(Names.unquote(name.getFullyQualifiedName())) + " is not created before it");
        }
        return table;
    }
}
