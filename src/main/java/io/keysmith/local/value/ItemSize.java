package io.keysmith.local.value;

import java.math.BigDecimal;
import java.util.Map;

/** DynamoDB's item size: attribute names plus values, as its capacity units and 400 KB limit count them. */
public final class ItemSize {

    /** DynamoDB refuses items larger than this. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {}

    public static long of(Map<String, Value> item) {
        long size = 0;
        for (Map.Entry<String, Value> e : item.entrySet()) {
            size += utf8(e.getKey()) + of(e.getValue());
        }
        return size;
    }

    public static long of(Value value) {
        return switch (value) {
            case Value.S s -> utf8(s.value());
            case Value.N n -> number(n.value());
            case Value.B b -> b.value().length();
            case Value.Bool b -> 1;
            case Value.Null n -> 1;
            case Value.SS ss -> ss.values().stream().mapToLong(ItemSize::utf8).sum();
            case Value.NS ns -> ns.values().stream().mapToLong(ItemSize::number).sum();
            case Value.BS bs -> bs.values().stream().mapToLong(Value.Bytes::length).sum();
            // a list or map costs 3 bytes, plus 1 byte per element, plus its elements
            case Value.L l -> 3 + l.values().stream().mapToLong(v -> 1 + of(v)).sum();
            case Value.M m -> 3 + m.values().entrySet().stream().mapToLong(e -> 1 + utf8(e.getKey()) + of(e.getValue())).sum();
        };
    }

    /** A number takes about one byte per two significant digits, plus one. */
    static long number(BigDecimal n) {
        int digits = n.signum() == 0 ? 1 : n.precision();
        return (digits + 1) / 2 + 1;
    }

    /** UTF-8 length without encoding: sizes are computed on every write. */
    static long utf8(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += Character.isSurrogate(c) ? 1 : 3; // a lone surrogate encodes as '?'
            }
        }
        return bytes;
    }
}
