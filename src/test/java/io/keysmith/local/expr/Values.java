package io.keysmith.local.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keysmith.local.DynamoException;
import io.keysmith.local.ErrorType;
import io.keysmith.local.value.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.function.Executable;

/** Short ways to build attribute values, items and expression inputs in tests. */
final class Values {

    private Values() {}

    static Value.S s(String v) {
        return new Value.S(v);
    }

    static Value.N n(String v) {
        return new Value.N(new BigDecimal(v));
    }

    static Value.B b(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new Value.B(new Value.Bytes(data));
    }

    static Value.SS ss(String... v) {
        return new Value.SS(new LinkedHashSet<>(Arrays.asList(v)));
    }

    static Value.NS ns(String... v) {
        LinkedHashSet<BigDecimal> set = new LinkedHashSet<>();
        for (String x : v) {
            set.add(new BigDecimal(x));
        }
        return new Value.NS(set);
    }

    static Value.BS bs(Value.B... v) {
        LinkedHashSet<Value.Bytes> set = new LinkedHashSet<>();
        for (Value.B x : v) {
            set.add(x.value());
        }
        return new Value.BS(set);
    }

    static Value.L l(Value... v) {
        return new Value.L(List.of(v));
    }

    static Value.M m(Object... pairs) {
        return new Value.M(map(pairs));
    }

    static Value.Bool bool(boolean v) {
        return new Value.Bool(v);
    }

    static Value.Null nul() {
        return new Value.Null();
    }

    /** An item from alternating names and values. */
    static Map<String, Value> item(Object... pairs) {
        return map(pairs);
    }

    private static Map<String, Value> map(Object... pairs) {
        Map<String, Value> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Value) pairs[i + 1]);
        }
        return map;
    }

    /** Expression attribute values from alternating ":name" and values. */
    static ExpressionInput values(Object... pairs) {
        return new ExpressionInput(null, map(pairs));
    }

    static ExpressionInput input(Map<String, String> names, Object... valuePairs) {
        return new ExpressionInput(names, map(valuePairs));
    }

    static void assertRefused(String message, Executable call) {
        DynamoException e = assertThrows(DynamoException.class, call);
        assertThat(e.type()).isEqualTo(ErrorType.VALIDATION);
        assertThat(e.getMessage()).isEqualTo(message);
    }
}
