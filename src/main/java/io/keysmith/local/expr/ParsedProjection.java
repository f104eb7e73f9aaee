package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A projection ready to apply: nested paths keep their structure, list elements keep their order and are compacted. */
record ParsedProjection(List<Path> paths) implements Projection {

    ParsedProjection {
        paths = List.copyOf(paths);
    }

    @Override
    public Set<String> topLevelAttributes() {
        Set<String> names = new LinkedHashSet<>();
        paths.forEach(p -> names.add(p.head()));
        return names;
    }

    @Override
    public Map<String, Value> apply(Map<String, Value> item) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Path path : paths) {
            Value value = path.get(item);
            if (value == null) {
                continue;
            }
            Object container = root;
            List<Object> parts = path.parts();
            for (int i = 0; i < parts.size() - 1; i++) {
                boolean list = parts.get(i + 1) instanceof Integer;
                Object child = Tree.get(container, parts.get(i));
                if (child == null) {
                    child = list ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>();
                    Tree.put(container, parts.get(i), child);
                }
                container = child;
            }
            Tree.put(container, parts.get(parts.size() - 1), value);
        }
        return Tree.freezeItem(root);
    }
}
