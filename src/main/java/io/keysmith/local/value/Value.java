package io.keysmith.local.value;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One DynamoDB attribute value, as the local engine holds it: immutable, compared by content.
 * Numbers are kept canonical (no trailing zeros), as DynamoDB returns them.
 */
public sealed interface Value {

    /** The wire name of this value's type: S, N, B, BOOL, NULL, SS, NS, BS, L or M. */
    String type();

    record S(String value) implements Value {
        public String type() { return "S"; }
    }

    record N(BigDecimal value) implements Value {
        public N {
            value = Numbers.canonical(value);
        }
        public String type() { return "N"; }
        /** The number as DynamoDB prints it: plain, without exponent or trailing zeros. */
        public String text() { return value.toPlainString(); }
    }

    record B(Bytes value) implements Value {
        public String type() { return "B"; }
    }

    record Bool(boolean value) implements Value {
        public String type() { return "BOOL"; }
    }

    record Null() implements Value {
        public String type() { return "NULL"; }
    }

    record SS(Set<String> values) implements Value {
        public SS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }
        public String type() { return "SS"; }
    }

    record NS(Set<BigDecimal> values) implements Value {
        public NS {
            Set<BigDecimal> canonical = new LinkedHashSet<>();
            values.forEach(v -> canonical.add(Numbers.canonical(v)));
            values = Collections.unmodifiableSet(canonical);
        }
        public String type() { return "NS"; }
    }

    record BS(Set<Bytes> values) implements Value {
        public BS {
            values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }
        public String type() { return "BS"; }
    }

    record L(List<Value> values) implements Value {
        public L {
            values = List.copyOf(values);
        }
        public String type() { return "L"; }
    }

    record M(Map<String, Value> values) implements Value {
        public M {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
        public String type() { return "M"; }
    }

    /** Binary content with value equality (a {@code byte[]} has identity equality). */
    record Bytes(byte[] data) implements Comparable<Bytes> {
        public Bytes {
            data = data.clone();
        }
        public byte[] toArray() { return data.clone(); }
        public int length() { return data.length; }
        @Override public boolean equals(Object o) { return o instanceof Bytes b && Arrays.equals(data, b.data); }
        @Override public int hashCode() { return Arrays.hashCode(data); }
        @Override public String toString() { return HexFormat.of().formatHex(data); }
        /** DynamoDB orders binary values as unsigned bytes. */
        @Override public int compareTo(Bytes o) { return Arrays.compareUnsigned(data, o.data); }
    }

    static S s(String value) { return new S(value); }

    static N n(String value) { return new N(Numbers.parse(value)); }

    static N n(long value) { return new N(BigDecimal.valueOf(value)); }
}
