package io.keysmith.data;

import java.math.BigDecimal;

/** Comparisons of plain sample values as DynamoDB sees them: numbers by value, the rest as text. */
public final class Values {

    private Values() {
    }

    public static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        return a.equals(b) || String.valueOf(a).equals(String.valueOf(b)) && a.getClass() == b.getClass();
    }

    /** Orders two values of the same kind: numbers numerically, strings by UTF-8 bytes as DynamoDB does. */
    public static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y));
        }
        byte[] x = String.valueOf(a).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] y = String.valueOf(b).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }

    /** A value as text in a key: numbers in plain notation without trailing zeros. */
    public static String text(Object v) {
        return v instanceof Number n ? decimal(n).stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    public static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }
}
