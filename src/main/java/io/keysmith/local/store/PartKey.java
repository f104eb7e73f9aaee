package io.keysmith.local.store;

import io.keysmith.local.value.Value;
import java.util.Comparator;

/**
 * A partition's place in a table or index: the hash token of its key value, then the value itself (a list
 * for a multi-attribute key). Ordering partitions by token makes Scan order and segments stable.
 */
public record PartKey(int token, Value value) {

    public static final Comparator<PartKey> ORDER = (a, b) -> {
        int c = Integer.compareUnsigned(a.token, b.token);
        if (c != 0 || a.value == b.value) {
            return c;
        }
        // a null value is a bound: before every partition of its token
        return a.value == null ? -1 : b.value == null ? 1 : KeyOrder.compare(a.value, b.value);
    };

    public static PartKey of(Value value) {
        return new PartKey(KeyOrder.token(value), value);
    }

    /** A bound before every partition whose token is at least {@code token} (unsigned). */
    public static PartKey firstAt(long token) {
        return new PartKey((int) token, null);
    }

    /** The first token of segment {@code segment} of {@code total} (as an unsigned int in a long). */
    public static long segmentStart(int segment, int total) {
        return (segment * (1L << 32)) / total;
    }
}
