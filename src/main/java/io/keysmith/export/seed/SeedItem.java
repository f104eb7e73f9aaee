package io.keysmith.export.seed;

import io.keysmith.design.ItemRow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One sample item ready to store: its table, the design row it follows, and its attributes with keys first. */
public record SeedItem(String table, ItemRow row, Map<String, Object> attributes) {

    public SeedItem {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public String entity() {
        return row.entity();
    }
}
