package io.keysmith.data;

import io.keysmith.design.ItemRow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One stored item: the table it goes to, the design row it follows, and its attributes (keys first). */
public record RenderedItem(String table, ItemRow row, Instance instance, Map<String, Object> attributes) {

    public RenderedItem {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
