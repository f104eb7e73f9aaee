package io.keysmith.local.store;

import io.keysmith.local.value.Value;
import java.util.Comparator;
import java.util.List;

/**
 * DynamoDB's key order without allocation: S by UTF-8 bytes (computed on UTF-16 code units), N numerically,
 * B unsigned; a list (a multi-attribute key) element by element. Also the stable hash token of a
 * partition key value.
 */
public final class KeyOrder {

    /** Orders key values of one type. */
    public static final Comparator<Value> VALUES = KeyOrder::compare;

    private KeyOrder() {}

    public static int compare(Value a, Value b) {
        if (a == b) {
            return 0;
        }
        if (a instanceof Value.S s && b instanceof Value.S t) {
            return compareStrings(s.value(), t.value());
        }
        if (a instanceof Value.L l && b instanceof Value.L m) {
            List<Value> x = l.values();
            List<Value> y = m.values();
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        return io.keysmith.local.value.ValueOrder.compare(a, b);
    }

    /** UTF-8 byte order equals code point order; UTF-16 order differs only between surrogates and U+E000..U+FFFF. */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char c = a.charAt(i);
            char d = b.charAt(i);
            if (c != d) {
                if (c >= 0xD800 && d >= 0xD800) {
                    return fix(c) - fix(d);
                }
                return c - d;
            }
        }
        return a.length() - b.length();
    }

    private static int fix(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    /** A stable, well-spread 32-bit hash of a key value (the same in every run). */
    public static int token(Value v) {
        return mix(hash(v));
    }

    private static int hash(Value v) {
        return switch (v) {
            case Value.S s -> s.value().hashCode();
            case Value.N n -> n.value().hashCode();
            case Value.B b -> b.value().hashCode();
            case Value.L l -> {
                int h = 1;
                for (Value e : l.values()) {
                    h = 31 * h + hash(e);
                }
                yield h;
            }
            default -> v.type().hashCode();
        };
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
