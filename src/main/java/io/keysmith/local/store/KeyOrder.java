package io.keysmith.local.store;

import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueOrder;
import java.util.List;

/**
 * DynamoDB's key order ({@link ValueOrder}) extended to lists: a multi-attribute key compares
 * element by element. Also the stable hash token of a partition key value.
 */
public final class KeyOrder {

    private KeyOrder() {}

    public static int compare(Value a, Value b) {
        if (a == b) {
            return 0;
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
        return ValueOrder.compare(a, b);
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
