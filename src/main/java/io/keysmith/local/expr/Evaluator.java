package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueOrder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates conditions against an item as DynamoDB does: a missing attribute or a comparison between
 * different types makes a comparison false rather than an error.
 */
final class Evaluator {

    private Evaluator() {}

    static boolean test(Cond cond, Map<String, Value> item) {
        return switch (cond) {
            case Cond.And and -> test(and.left(), item) && test(and.right(), item);
            case Cond.Or or -> test(or.left(), item) || test(or.right(), item);
            case Cond.Not not -> !test(not.operand(), item);
            case Cond.Compare c -> compare(c.op(), value(c.left(), item), value(c.right(), item));
            case Cond.Between b -> {
                Value v = value(b.operand(), item);
                yield compare(">=", v, value(b.low(), item)) && compare("<=", v, value(b.high(), item));
            }
            case Cond.In in -> {
                Value v = value(in.operand(), item);
                yield v != null && in.candidates().stream().anyMatch(c -> v.equals(value(c, item)));
            }
            case Cond.Function f -> function(f, item);
        };
    }

    static Value value(Operand operand, Map<String, Value> item) {
        return switch (operand) {
            case Operand.PathRef p -> p.path().get(item);
            case Operand.Literal l -> l.value();
            case Operand.Call call -> size(value(call.args().get(0), item));
            case Operand.Arith a -> throw new IllegalStateException("arithmetic in a condition");
        };
    }

    /** {@code <>} is true for a missing attribute, every other comparison false. */
    static boolean compare(String op, Value a, Value b) {
        if (op.equals("=")) {
            return a != null && a.equals(b);
        }
        if (op.equals("<>")) {
            return !(a != null && a.equals(b));
        }
        if (a == null || b == null || !a.type().equals(b.type()) || !ValueOrder.isScalar(a)) {
            return false;
        }
        int c = ValueOrder.compare(a, b);
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static boolean function(Cond.Function f, Map<String, Value> item) {
        Value first = value(f.args().get(0), item);
        Value second = f.args().size() > 1 ? value(f.args().get(1), item) : null;
        return switch (f.name()) {
            case "attribute_exists" -> first != null;
            case "attribute_not_exists" -> first == null;
            case "attribute_type" -> first != null && second instanceof Value.S s && first.type().equals(s.value());
            case "begins_with" -> beginsWith(first, second);
            case "contains" -> contains(first, second);
            default -> false;
        };
    }

    static boolean beginsWith(Value value, Value prefix) {
        if (value instanceof Value.S s && prefix instanceof Value.S p) {
            return s.value().startsWith(p.value());
        }
        if (value instanceof Value.B b && prefix instanceof Value.B p) {
            byte[] data = b.value().toArray();
            byte[] start = p.value().toArray();
            return data.length >= start.length && Arrays.equals(data, 0, start.length, start, 0, start.length);
        }
        return false;
    }

    private static boolean contains(Value value, Value operand) {
        if (value == null || operand == null) {
            return false;
        }
        return switch (value) {
            case Value.S s -> operand instanceof Value.S sub && s.value().contains(sub.value());
            case Value.B b -> operand instanceof Value.B sub && indexOf(b.value().toArray(), sub.value().toArray()) >= 0;
            case Value.SS ss -> operand instanceof Value.S e && ss.values().contains(e.value());
            case Value.NS ns -> operand instanceof Value.N e && ns.values().contains(e.value());
            case Value.BS bs -> operand instanceof Value.B e && bs.values().contains(e.value());
            case Value.L l -> l.values().stream().anyMatch(e -> Objects.equals(e, operand));
            default -> false;
        };
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Strings count UTF-16 code units (as DynamoDB does), binaries bytes, collections elements; other types have no size. */
    static Value size(Value v) {
        Integer size = switch (v) {
            case null -> null;
            case Value.S s -> s.value().length();
            case Value.B b -> b.value().length();
            case Value.SS ss -> ss.values().size();
            case Value.NS ns -> ns.values().size();
            case Value.BS bs -> bs.values().size();
            case Value.L l -> l.values().size();
            case Value.M m -> m.values().size();
            default -> null;
        };
        return size == null ? null : new Value.N(BigDecimal.valueOf(size));
    }
}
