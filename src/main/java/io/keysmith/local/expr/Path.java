package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A document path with its names resolved: each part is an attribute or map key (String) or a list index (Integer). */
record Path(List<Object> parts) {

    Path {
        parts = List.copyOf(parts);
    }

    String head() {
        return (String) parts.get(0);
    }

    boolean isNested() {
        return parts.size() > 1;
    }

    /** The value at this path in an item, or null when any step is missing or of another type. */
    Value get(Map<String, Value> item) {
        Value current = item.get(head());
        for (int i = 1; i < parts.size() && current != null; i++) {
            Object part = parts.get(i);
            if (part instanceof String name && current instanceof Value.M m) {
                current = m.values().get(name);
            } else if (part instanceof Integer index && current instanceof Value.L l) {
                current = index < l.values().size() ? l.values().get(index) : null;
            } else {
                current = null;
            }
        }
        return current;
    }

    /** DynamoDB's form in messages: {@code [a, b, [0]]}. */
    @Override
    public String toString() {
        return parts.stream().map(p -> p instanceof Integer i ? "[" + i + "]" : (String) p)
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
