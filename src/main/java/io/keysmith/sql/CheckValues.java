package io.keysmith.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * Enumerations in CHECK constraints: {@code status IN ('a', 'b')}, PostgreSQL's form of it as
 * pg_dump writes it ({@code status = ANY (ARRAY['a'::text, 'b'::text])}) and {@code status = 'a'
 * OR status = 'b'}, each conjunct of an AND on its own. Other checks give nothing.
 */
final class CheckValues {

    private CheckValues() {
    }

    /** Column name (unquoted) to its allowed values, strings or numbers, in the order written. */
    static Map<String, List<Object>> of(Expression check) {
        Map<String, List<Object>> found = new LinkedHashMap<>();
        collect(unwrap(check), found);
        return found;
    }

    private static void collect(Expression e, Map<String, List<Object>> found) {
        if (e instanceof AndExpression and) {
            collect(unwrap(and.getLeftExpression()), found);
            collect(unwrap(and.getRightExpression()), found);
            return;
        }
        boolean enumerating = e instanceof InExpression in && !in.isNot()
                || e instanceof EqualsTo || e instanceof OrExpression;
        if (!enumerating) {
            return;
        }
        Literals literals = new Literals();
        e.accept(literals, null);
        if (literals.columns.size() == 1 && !literals.values.isEmpty()) {
            found.put(literals.columns.iterator().next(), new ArrayList<>(literals.values));
        }
    }

    private static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            x = (Expression) list.get(0);
        }
        return x;
    }

    /** Collects the column names and literal values anywhere under an expression. */
    private static final class Literals extends ExpressionVisitorAdapter<Void> {
        final Set<String> columns = new LinkedHashSet<>();
        final Set<Object> values = new LinkedHashSet<>();

        @Override
        public <S> Void visit(Column column, S context) {
            columns.add(SqlTable.key(Names.unquote(column.getColumnName())));
            return null;
        }

        @Override
        public <S> Void visit(StringValue value, S context) {
            values.add(value.getValue().replace("''", "'"));
            return null;
        }

        @Override
        public <S> Void visit(LongValue value, S context) {
            values.add(value.getValue());
            return null;
        }

        @Override
        public <S> Void visit(DoubleValue value, S context) {
            values.add(value.getValue());
            return null;
        }
    }
}
