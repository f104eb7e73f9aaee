package io.keysmith.sql;

import io.keysmith.model.Condition;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

/**
 * A WHERE clause as conditions: the ANDed comparisons of a column with a parameter ({@code ?},
 * {@code $1}, {@code :id}, {@code now()}) or a constant, {@code BETWEEN}, {@code LIKE 'abc%'} as
 * begins_with and {@code IN (?, ?)} as one request per value. What has no such form is kept as
 * text in {@link #dropped}; an OR cannot be one key condition and refuses the whole statement.
 */
final class WhereConditions {

    /** A condition on one table's attribute. */
    record Found(SqlTable table, Condition condition, String note) {
    }

    final List<Found> found = new ArrayList<>();
    final List<String> dropped = new ArrayList<>();

    static WhereConditions of(Expression where, TableRefs refs) throws UnmappedQuery {
        WhereConditions conditions = new WhereConditions();
        if (where != null) {
            conditions.add(where, refs);
        }
        return conditions;
    }

    private void add(Expression e, TableRefs refs) throws UnmappedQuery {
        if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
            add((Expression) list.getFirst(), refs);
        } else if (e instanceof AndExpression and) {
            add(and.getLeftExpression(), refs);
            add(and.getRightExpression(), refs);
        } else if (e instanceof OrExpression) {
            throw new UnmappedQuery("OR in WHERE: one DynamoDB request reads one key range; write one statement per branch");
        } else if (!comparison(e, refs)) {
            dropped.add(Names.printable(e.toString()));
        }
    }

    private boolean comparison(Expression e, TableRefs refs) throws UnmappedQuery {
        if (e instanceof Between between && !between.isNot() && between.getLeftExpression() instanceof Column column) {
            found.add(new Found(refs.tableOf(column), Condition.param(refs.attribute(column), Op.BETWEEN), null));
            return true;
        }
        if (e instanceof LikeExpression like && !like.isNot() && like.getLeftExpression() instanceof Column column) {
            Expression right = like.getRightExpression();
            if (right instanceof StringValue s && s.getValue().endsWith("%")
                    && s.getValue().indexOf('%') == s.getValue().length() - 1 && !s.getValue().contains("_")) {
                String prefix = s.getValue().substring(0, s.getValue().length() - 1);
                found.add(new Found(refs.tableOf(column), new Condition(refs.attribute(column), Op.BEGINS_WITH, prefix), null));
                return true;
            }
            if (!(right instanceof StringValue)) {
                found.add(new Found(refs.tableOf(column), Condition.param(refs.attribute(column), Op.BEGINS_WITH),
                        "LIKE with a parameter taken as a prefix match"));
                return true;
            }
            return false;
        }
        if (e instanceof InExpression in && !in.isNot() && in.getLeftExpression() instanceof Column column
                && in.getRightExpression() instanceof ParenthesedExpressionList<?>) {
            found.add(new Found(refs.tableOf(column), Condition.param(refs.attribute(column), Op.EQ),
                    "IN list: one request per value (a batch)"));
            return true;
        }
        Op op = op(e);
        if (op == null) {
            return false;
        }
        BinaryExpression b = (BinaryExpression) e;
        Expression left = b.getLeftExpression();
        Expression right = b.getRightExpression();
        if (!(left instanceof Column) && right instanceof Column) {
            Expression swap = left;
            left = right;
            right = swap;
            op = flip(op);
        }
        if (!(left instanceof Column column) || right instanceof Column) {
            return false;
        }
        Object constant = constant(right);
        found.add(new Found(refs.tableOf(column), new Condition(refs.attribute(column), op, constant), null));
        return true;
    }

    private static Op op(Expression e) {
        return e instanceof EqualsTo ? Op.EQ : e instanceof GreaterThan ? Op.GT : e instanceof GreaterThanEquals ? Op.GE
                : e instanceof MinorThan ? Op.LT : e instanceof MinorThanEquals ? Op.LE : null;
    }

    private static Op flip(Op op) {
        return switch (op) {
            case GT -> Op.LT;
            case GE -> Op.LE;
            case LT -> Op.GT;
            case LE -> Op.GE;
            default -> op;
        };
    }

    /** A literal's value; null for a parameter or anything computed at run time. */
    private static Object constant(Expression e) {
        if (e instanceof StringValue s) {
            return s.getValue().replace("''", "'");
        }
        if (e instanceof LongValue l) {
            return l.getValue();
        }
        if (e instanceof DoubleValue d) {
            return d.getValue();
        }
        return null;
    }
}
