package io.keysmith.live;

import io.keysmith.data.RenderedItem;
import io.keysmith.design.Design;
import io.keysmith.design.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The identity of a stored item: its table and primary key values. */
final class PrimaryKey {

    private PrimaryKey() {
    }

    static List<Object> of(Design design, RenderedItem item) {
        Table t = design.tables().stream().filter(x -> x.name().equals(item.table())).findFirst().orElseThrow();
        return of(t, item.attributes());
    }

    static List<Object> of(Table t, Map<String, ?> attributes) {
        List<Object> key = new ArrayList<>();
        key.add(t.name());
        key.add(text(attributes.get(t.partitionKey().name())));
        if (t.sortKey() != null) {
            key.add(text(attributes.get(t.sortKey().name())));
        }
        return key;
    }

    /** Numbers compare by value whatever their Java type, so keys are compared as text. */
    private static String text(Object v) {
        if (v instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof byte[] b) {
            return java.util.Base64.getEncoder().encodeToString(b);
        }
        return String.valueOf(v);
    }
}
