package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.expr.KeyCondition;
import io.keysmith.local.store.IndexKey;
import io.keysmith.local.store.KeyOrder;
import io.keysmith.local.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;

/**
 * The part of a partition a key condition selects: for a table a sub-map by sort value, for an index a
 * sub-map between two bounds built from the equal prefix of sort values and the condition on the next one.
 * begins_with becomes a range up to the prefix's successor.
 */
final class Ranges {

    private Ranges() {}

    static <T> NavigableMap<Value, T> table(NavigableMap<Value, T> partition, KeyCondition.SortCondition c) {
        if (c == null) {
            return partition;
        }
        Value v = c.low();
        return switch (c.op()) {
            case EQ -> partition.subMap(v, true, v, true);
            case LT -> partition.headMap(v, false);
            case LE -> partition.headMap(v, true);
            case GT -> partition.tailMap(v, false);
            case GE -> partition.tailMap(v, true);
            case BETWEEN -> partition.subMap(v, true, checkBetween(v, c.high()), true);
            case BEGINS_WITH -> {
                Value next = successor(v);
                yield next == null ? partition.tailMap(v, true) : partition.subMap(v, true, next, false);
            }
        };
    }

    static <T> NavigableMap<IndexKey, T> index(NavigableMap<IndexKey, T> partition, List<Value> equals, KeyCondition.SortCondition c) {
        IndexKey low;
        IndexKey high;
        if (c == null) {
            low = bound(equals, null, -1);
            high = bound(equals, null, 1);
        } else {
            Value v = c.low();
            switch (c.op()) {
                case EQ -> { low = bound(equals, v, -1); high = bound(equals, v, 1); }
                case LT -> { low = bound(equals, null, -1); high = bound(equals, v, -1); }
                case LE -> { low = bound(equals, null, -1); high = bound(equals, v, 1); }
                case GT -> { low = bound(equals, v, 1); high = bound(equals, null, 1); }
                case GE -> { low = bound(equals, v, -1); high = bound(equals, null, 1); }
                case BETWEEN -> { low = bound(equals, v, -1); high = bound(equals, checkBetween(v, c.high()), 1); }
                case BEGINS_WITH -> {
                    Value next = successor(v);
                    low = bound(equals, v, -1);
                    high = next == null ? bound(equals, null, 1) : bound(equals, next, -1);
                }
                default -> throw new IllegalStateException();
            }
        }
        return partition.subMap(low, true, high, true);
    }

    private static IndexKey bound(List<Value> equals, Value next, int edge) {
        List<Value> prefix = new ArrayList<>(equals);
        if (next != null) {
            prefix.add(next);
        }
        return IndexKey.bound(prefix.toArray(Value[]::new), edge);
    }

    private static Value checkBetween(Value low, Value high) {
        if (KeyOrder.compare(low, high) > 0) {
            throw DynamoException.validation("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lowerBound: "
                    + io.keysmith.local.value.ValueJson.write(low) + ", upperBound: " + io.keysmith.local.value.ValueJson.write(high));
        }
        return high;
    }

    /** The least value greater than every value starting with {@code prefix}, or null when there is none. */
    static Value successor(Value prefix) {
        if (prefix instanceof Value.S s) {
            int[] cps = s.value().codePoints().toArray();
            for (int i = cps.length - 1; i >= 0; i--) {
                if (cps[i] < Character.MAX_CODE_POINT) {
                    int next = cps[i] + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : cps[i] + 1;
                    int[] out = Arrays.copyOf(cps, i + 1);
                    out[i] = next;
                    return new Value.S(new String(out, 0, out.length));
                }
            }
            return null;
        }
        if (prefix instanceof Value.B b) {
            byte[] bytes = b.value().toArray();
            for (int i = bytes.length - 1; i >= 0; i--) {
                if (bytes[i] != (byte) 0xFF) {
                    byte[] out = Arrays.copyOf(bytes, i + 1);
                    out[i]++;
                    return new Value.B(new Value.Bytes(out));
                }
            }
            return null;
        }
        throw DynamoException.validation("Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: "
                + prefix.type());
    }
}
