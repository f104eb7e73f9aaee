package io.keysmith.local.value;


/** How DynamoDB orders scalar values: S by UTF-8 bytes, N numerically, B by unsigned bytes. */
public final class ValueOrder {

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

    /**
     * UTF-8 byte order, computed on UTF-16 code units without encoding (keys are compared on every
     * read and write): it equals code point order, which differs from UTF-16 order only between
     * surrogates (code points past U+FFFF) and U+E000..U+FFFF.
     */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char c = a.charAt(i);
            char d = b.charAt(i);
            if (c != d) {
                return c >= 0xD800 && d >= 0xD800 ? codePointRank(c) - codePointRank(d) : c - d;
            }
        }
        return a.length() - b.length();
    }

    /** Moves surrogates above U+E000..U+FFFF, where the code points they encode belong. */
    private static int codePointRank(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
}
