package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document being rebuilt (by an update or a projection): maps are LinkedHashMaps and lists are TreeMaps
 * keyed by their original indexes, so that every path of one expression refers to the item as it was;
 * {@link #freeze} compacts the lists. Untouched parts stay as Values.
 */
final class Tree {

    private Tree() {}

    /** The child container at {@code key} of {@code container}, opened for change; null if it is missing or of another type. */
    @SuppressWarnings("unchecked")
    static Object open(Object container, Object key, boolean wantList) {
        Object child = get(container, key);
        Object opened = switch (child) {
            case Value.M m when !wantList -> new LinkedHashMap<String, Object>(m.values());
            case Value.L l when wantList -> {
                TreeMap<Integer, Object> list = new TreeMap<>();
                for (int i = 0; i < l.values().size(); i++) {
                    list.put(i, l.values().get(i));
                }
                yield list;
            }
            case TreeMap<?, ?> list -> wantList ? list : null;
            case Map<?, ?> map -> wantList ? null : map;
            case null, default -> null;
        };
        if (opened != null && opened != child) {
            put(container, key, opened);
        }
        return opened;
    }

    /** Whether {@code key} fits the container (a name for a map, an index for a list). */
    static boolean fits(Object container, Object key) {
        return key instanceof Integer ? container instanceof TreeMap : container instanceof Map && !(container instanceof TreeMap);
    }

    @SuppressWarnings("unchecked")
    static Object get(Object container, Object key) {
        return fits(container, key) ? ((Map<Object, Object>) container).get(key) : null;
    }

    @SuppressWarnings("unchecked")
    static void put(Object container, Object key, Object value) {
        ((Map<Object, Object>) container).put(key, value);
    }

    static void remove(Object container, Object key) {
        ((Map<?, ?>) container).remove(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Value> freezeItem(Map<String, Object> root) {
        Map<String, Value> item = new LinkedHashMap<>();
        root.forEach((name, value) -> item.put(name, freeze(value)));
        return item;
    }

    @SuppressWarnings("unchecked")
    static Value freeze(Object node) {
        return switch (node) {
            case Value v -> v;
            case TreeMap<?, ?> list -> {
                List<Value> values = new ArrayList<>();
                list.values().forEach(v -> values.add(freeze(v)));
                yield new Value.L(values);
            }
            case Map<?, ?> map -> new Value.M(freezeItem((Map<String, Object>) map));
            default -> throw new IllegalStateException("not a document node: " + node);
        };
    }
}
