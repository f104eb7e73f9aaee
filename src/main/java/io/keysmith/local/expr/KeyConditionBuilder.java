package io.keysmith.local.expr;

import io.keysmith.local.DynamoException;
import io.keysmith.local.expr.KeyCondition.Op;
import io.keysmith.local.expr.KeyCondition.SortCondition;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a parsed key condition into a {@link KeyCondition}, refusing what a Query cannot serve with DynamoDB's messages. */
final class KeyConditionBuilder {

    private final Map<String, SortCondition> conditions = new LinkedHashMap<>();

    private KeyConditionBuilder() {}

    static KeyCondition build(Cond cond, List<String> hashNames, List<String> rangeNames) {
        KeyConditionBuilder builder = new KeyConditionBuilder();
        builder.collect(cond);
        return builder.match(hashNames, rangeNames);
    }

    private void collect(Cond cond) {
        switch (cond) {
            case Cond.And and -> {
                collect(and.left());
                collect(and.right());
            }
            case Cond.Or or -> throw invalidOperator("OR");
            case Cond.Not not -> throw invalidOperator("NOT");
            case Cond.In in -> throw invalidOperator("IN");
            case Cond.Compare c when c.op().equals("<>") -> throw invalidOperator("<>");
            case Cond.Function f when !f.name().equals("begins_with") -> throw invalidOperator(f.name());
            case Cond.Compare c -> {
                noNesting(c.left(), c.right());
                String name = keyName(c.left(), c.right());
                boolean flipped = !(c.left() instanceof Operand.PathRef);
                Value value = ((Operand.Literal) (flipped ? c.left() : c.right())).value();
                add(name, new SortCondition(op(c.op(), flipped), value, null));
            }
            case Cond.Between b -> {
                noNesting(b.operand(), b.low(), b.high());
                if (!(b.operand() instanceof Operand.PathRef)) {
                    throw DynamoException.validation("Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand");
                }
                String name = keyName(b.operand(), b.low(), b.high());
                add(name, new SortCondition(Op.BETWEEN, ((Operand.Literal) b.low()).value(), ((Operand.Literal) b.high()).value()));
            }
            case Cond.Function f -> {
                noNesting(f.args().toArray(Operand[]::new));
                if (!(f.args().get(0) instanceof Operand.PathRef)) {
                    throw DynamoException.validation("Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand");
                }
                String name = keyName(f.args().toArray(Operand[]::new));
                add(name, new SortCondition(Op.BEGINS_WITH, ((Operand.Literal) f.args().get(1)).value(), null));
            }
        }
    }

    private static DynamoException invalidOperator(String operator) {
        return DynamoException.validation("Invalid operator used in KeyConditionExpression: " + operator);
    }

    private static void noNesting(Operand... operands) {
        for (Operand o : operands) {
            if (o instanceof Operand.Call) {
                throw DynamoException.validation("KeyConditionExpressions cannot contain nested operations");
            }
        }
    }

    /** The one key attribute a condition names; the other operands must be values. */
    private static String keyName(Operand... operands) {
        String name = null;
        for (Operand o : operands) {
            if (o instanceof Operand.PathRef p) {
                if (name != null) {
                    throw DynamoException.validation("Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
                }
                if (p.path().isNested()) {
                    throw DynamoException.validation("KeyConditionExpressions cannot have conditions on nested attributes");
                }
                name = p.path().head();
            }
        }
        if (name == null) {
            throw DynamoException.validation("Invalid condition in KeyConditionExpression: No key attribute specified");
        }
        return name;
    }

    private void add(String name, SortCondition condition) {
        if (conditions.containsKey(name)) {
            throw DynamoException.validation("KeyConditionExpressions must only contain one condition per key");
        }
        if (!ValueOrder.isScalar(condition.low()) || (condition.high() != null && !ValueOrder.isScalar(condition.high()))) {
            throw DynamoException.validation("One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
        conditions.put(name, condition);
    }

    /** {@code :v < sk} reads as {@code sk > :v}. */
    private static Op op(String op, boolean flipped) {
        return switch (op) {
            case "=" -> Op.EQ;
            case "<" -> flipped ? Op.GT : Op.LT;
            case "<=" -> flipped ? Op.GE : Op.LE;
            case ">" -> flipped ? Op.LT : Op.GT;
            default -> flipped ? Op.LE : Op.GE;
        };
    }

    private KeyCondition match(List<String> hashNames, List<String> rangeNames) {
        if (conditions.size() > Math.max(2, hashNames.size() + rangeNames.size())) {
            throw DynamoException.validation("Conditions can be of length 1 or 2 only");
        }
        if (rangeNames.isEmpty() && conditions.size() > hashNames.size()) {
            throw notSupported();
        }
        List<Value> hashValues = new ArrayList<>();
        for (String hash : hashNames) {
            SortCondition c = conditions.get(hash);
            if (c == null) {
                throw missed(hash);
            }
            if (c.op() != Op.EQ) {
                throw notSupported();
            }
            hashValues.add(c.low());
        }
        List<Value> sortEquals = new ArrayList<>();
        SortCondition last = null;
        int used = hashNames.size();
        for (String range : rangeNames) {
            SortCondition c = conditions.get(range);
            if (c == null) {
                if (used < conditions.size()) {
                    // a condition on a non-key attribute, or on a later sort attribute while this one has none
                    throw missed(range);
                }
                break;
            }
            if (last != null) {
                throw notSupported();
            }
            used++;
            if (c.op() == Op.EQ && rangeNames.size() > 1) {
                sortEquals.add(c.low());
            } else {
                last = c;
            }
        }
        if (used < conditions.size()) {
            throw notSupported();
        }
        return new KeyCondition(hashValues, sortEquals, last);
    }

    private static DynamoException missed(String name) {
        return DynamoException.validation("Query condition missed key schema element: " + name);
    }

    private static DynamoException notSupported() {
        return DynamoException.validation("Query key condition not supported");
    }
}
