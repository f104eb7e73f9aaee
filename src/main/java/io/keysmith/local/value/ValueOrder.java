package io.keysmith.local.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** How DynamoDB orders scalar values: S by UTF-8 bytes, N numerically, B by unsigned bytes. */
public final class ValueOrder {

    /** Orders two values of the same scalar type (S, N or B); the caller checks the types match. */
    public static final Comparator<Value> SCALARS = ValueOrder::compare;

    private ValueOrder() {}

    public static int compare(Value a, Value b) {
        return switch (a) {
            case Value.S s -> compareStrings(s.value(), ((Value.S) b).value());
            case Value.N n -> n.value().compareTo(((Value.N) b).value());
            case Value.B bin -> bin.value().compareTo(((Value.B) b).value());
            default -> throw new IllegalArgumentException("not a scalar key type: " + a.type());
        };
    }

    /** Whether a value is of a type that orders (S, N or B) and so can be compared by {@code <} and BETWEEN. */
    public static boolean isScalar(Value v) {
        return v instanceof Value.S || v instanceof Value.N || v instanceof Value.B;
    }

    /** UTF-8 byte order differs from Java's UTF-16 order for characters beyond U+FFFF against U+E000..U+FFFF. */
    public static int compareStrings(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
