package io.keysmith.local.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A key schema: the partition (HASH) attributes and sort (RANGE) attributes in schema order. A table and
 * an LSI have one hash attribute and at most one range attribute; a GSI may have up to four of each.
 */
public record KeySchema(List<String> hash, List<String> range) {

    public KeySchema {
        hash = List.copyOf(hash);
        range = List.copyOf(range);
    }

    public static KeySchema of(String hash, String range) {
        return new KeySchema(List.of(hash), range == null ? List.of() : List.of(range));
    }

    /** The only (or first) partition attribute. */
    public String hashName() {
        return hash.get(0);
    }

    /** The only (or first) sort attribute, or null. */
    public String rangeName() {
        return range.isEmpty() ? null : range.get(0);
    }

    public boolean hasRange() {
        return !range.isEmpty();
    }

    /** Every key attribute, hash attributes first. */
    public List<String> all() {
        List<String> all = new ArrayList<>(hash);
        all.addAll(range);
        return all;
    }
}
