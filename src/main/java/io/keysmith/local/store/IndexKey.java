package io.keysmith.local.store;

import io.keysmith.local.value.Value;
import java.util.Comparator;

/**
 * An entry's place inside an index partition: its index sort value (a list for a multi-attribute sort key,
 * null for an index without sort key), then the table's primary key to tell apart items with equal index
 * keys. A bound (for range queries) holds a prefix of sort values and sits before ({@code edge = -1}) or
 * after ({@code edge = 1}) every entry starting with it; bounds are only ever search keys.
 */
public final class IndexKey {

    public static final Comparator<IndexKey> ORDER = IndexKey::compare;

    final Value sort;
    final Value hash;
    final Value range;
    private final Value[] bound;
    private final int edge;

    private IndexKey(Value sort, Value hash, Value range, Value[] bound, int edge) {
        this.sort = sort;
        this.hash = hash;
        this.range = range;
        this.bound = bound;
        this.edge = edge;
    }

    public static IndexKey entry(Value sort, Value tableHash, Value tableRange) {
        return new IndexKey(sort, tableHash, tableRange, null, 0);
    }

    /** Before (edge -1) or after (edge 1) every entry whose sort values start with {@code prefix}. */
    public static IndexKey bound(Value[] prefix, int edge) {
        return new IndexKey(null, null, null, prefix, edge);
    }

    public Value sort() {
        return sort;
    }

    public Value tableHash() {
        return hash;
    }

    public Value tableRange() {
        return range;
    }

    /** Sort value number {@code i} (of a multi-attribute sort key, or the only one). */
    public static Value part(Value sort, int i) {
        return sort instanceof Value.L l ? l.values().get(i) : sort;
    }

    private static int compare(IndexKey a, IndexKey b) {
        if (a.bound != null && b.bound != null) {
            return compareBounds(a, b);
        }
        if (a.bound != null) {
            return compareBound(a, b);
        }
        if (b.bound != null) {
            return -compareBound(b, a);
        }
        int c = compareNullable(a.sort, b.sort);
        if (c != 0) {
            return c;
        }
        c = KeyOrder.compare(a.hash, b.hash);
        return c != 0 ? c : compareNullable(a.range, b.range);
    }

    private static int compareBound(IndexKey bound, IndexKey e) {
        for (int i = 0; i < bound.bound.length; i++) {
            int c = KeyOrder.compare(bound.bound[i], part(e.sort, i));
            if (c != 0) {
                return c;
            }
        }
        return bound.edge;
    }

    /** Two bounds (a sub-map checks its ends are in order): by common prefix, then the shorter's edge. */
    private static int compareBounds(IndexKey a, IndexKey b) {
        int n = Math.min(a.bound.length, b.bound.length);
        for (int i = 0; i < n; i++) {
            int c = KeyOrder.compare(a.bound[i], b.bound[i]);
            if (c != 0) {
                return c;
            }
        }
        if (a.bound.length == b.bound.length) {
            return Integer.compare(a.edge, b.edge);
        }
        return a.bound.length < b.bound.length ? a.edge : -b.edge;
    }

    private static int compareNullable(Value a, Value b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return KeyOrder.compare(a, b);
    }
}
