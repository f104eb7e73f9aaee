package io.keysmith.live;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Compares a stored item with the item the design says an instance has (as the seed renders it):
 * a stale index key, a sparse key left behind, a lookup copy with old values all show here even
 * when the item is found by its key. Numbers compare by value.
 */
final class ItemContent {

    private ItemContent() {
    }

    /**
     * Why the stored item differs, or null. Every attribute it holds must have the expected value;
     * when {@code whole} (read from the table, not a projection) none may be missing.
     */
    static String differences(Map<String, AttributeValue> stored, Map<String, Object> expected, boolean whole) {
        for (Map.Entry<String, AttributeValue> e : stored.entrySet()) {
            Object want = expected.get(e.getKey());
            Object got = AttributeValues.plain(e.getValue());
            if (want == null) {
                return "holds " + e.getKey() + " = " + got + ", which the model's item does not have";
            }
            if (!normal(got).equals(normal(want))) {
                return e.getKey() + " is " + got + ", expected " + want;
            }
        }
        if (whole) {
            for (String name : expected.keySet()) {
                if (!stored.containsKey(name)) {
                    return "lacks " + name + " (expected " + expected.get(name) + ")";
                }
            }
        }
        return null;
    }

    /**
     * Why the stored item differs from the rendered one, or null; a key with a writer-chosen shard
     * ({@code {#shard:N}}) matches whichever shard 0..N-1 the writer picked.
     */
    static String differences(Map<String, AttributeValue> stored, io.keysmith.data.RenderedItem expected, boolean whole) {
        Map<String, Object> want = new java.util.LinkedHashMap<>(expected.attributes());
        expected.row().keys().forEach((name, template) -> {
            io.keysmith.design.KeyTemplate t = io.keysmith.design.KeyTemplate.of(template);
            io.keysmith.design.KeyTemplate.Shard shard = t.shard();
            AttributeValue got = stored.get(name);
            if (shard == null || shard.attribute() != null || got == null || !want.containsKey(name)) {
                return;
            }
            Map<String, Object> values = new java.util.HashMap<>(expected.instance().attributes());
            for (int i = 0; i < shard.count(); i++) {
                values.put(io.keysmith.design.KeyTemplate.WRITER_SHARD, i);
                Object plain = AttributeValues.plain(got);
                if (t.render(values).map(text -> text.equals(String.valueOf(normal(plain)))).orElse(false)) {
                    want.put(name, plain);
                    return;
                }
            }
        });
        return differences(stored, want, whole);
    }

    /** Whether two items hold the same values. */
    static boolean same(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream()
                .allMatch(k -> normal(AttributeValues.plain(a.get(k))).equals(normal(AttributeValues.plain(b.get(k)))));
    }

    private static Object normal(Object v) {
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof byte[] b) {
            return java.util.Arrays.toString(b);
        }
        if (v instanceof Set<?> s) {
            return new TreeSet<>(s.stream().map(x -> String.valueOf(normal(x))).toList());
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ItemContent::normal).toList();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normal(x)));
            return out;
        }
        return v == null ? "null" : v;
    }
}
