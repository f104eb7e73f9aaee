package io.keysmith.local.expr;

import io.keysmith.local.DynamoException;
import io.keysmith.local.value.Numbers;
import io.keysmith.local.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An update expression ready to apply: every operand reads the item as it was before the update, as in DynamoDB. */
record ParsedUpdate(List<UpdateAction> actions) implements Update {

    ParsedUpdate {
        actions = List.copyOf(actions);
    }

    @Override
    public Set<String> topLevelAttributes() {
        Set<String> names = new LinkedHashSet<>();
        actions.forEach(a -> names.add(a.path().head()));
        return names;
    }

    @Override
    public Map<String, Value> updatedPaths(Map<String, Value> item) {
        return new ParsedProjection(actions.stream().map(UpdateAction::path).toList()).apply(item);
    }

    @Override
    public Map<String, Value> apply(Map<String, Value> item) {
        List<Value> setValues = new ArrayList<>();
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.Set set) {
                setValues.add(UpdateValues.evaluate(set.value(), item));
            }
        }
        Map<String, Object> root = new LinkedHashMap<>(item);
        int nextSet = 0;
        for (UpdateAction action : actions) {
            Object parent = parent(root, action.path());
            Object key = action.path().parts().get(action.path().parts().size() - 1);
            if (parent == null || !Tree.fits(parent, key)) {
                throw invalidPath();
            }
            Value existing = existing(parent, key);
            switch (action) {
                case UpdateAction.Set set -> Tree.put(parent, key, setValues.get(nextSet++));
                case UpdateAction.Remove remove -> Tree.remove(parent, key);
                case UpdateAction.Add add -> Tree.put(parent, key, add(existing, add.value()));
                case UpdateAction.Delete delete -> {
                    Value left = delete(existing, delete.value());
                    if (left == null) {
                        Tree.remove(parent, key);
                    } else {
                        Tree.put(parent, key, left);
                    }
                }
            }
        }
        return Tree.freezeItem(root);
    }

    /** The container holding the path's last part, or null when a step is missing or of another type. */
    private static Object parent(Map<String, Object> root, Path path) {
        Object container = root;
        List<Object> parts = path.parts();
        for (int i = 0; i < parts.size() - 1 && container != null; i++) {
            container = Tree.open(container, parts.get(i), parts.get(i + 1) instanceof Integer);
        }
        return container;
    }

    private static Value existing(Object parent, Object key) {
        Object node = Tree.get(parent, key);
        return node == null ? null : Tree.freeze(node);
    }

    private static Value add(Value existing, Value operand) {
        return switch (operand) {
            case Value.N n when existing == null -> n;
            case Value.N n when existing instanceof Value.N e -> new Value.N(Numbers.check(e.value().add(n.value())));
            case Value.SS s when existing == null || existing instanceof Value.SS -> new Value.SS(union(existing == null ? Set.of() : ((Value.SS) existing).values(), s.values()));
            case Value.NS s when existing == null || existing instanceof Value.NS -> new Value.NS(union(existing == null ? Set.<BigDecimal>of() : ((Value.NS) existing).values(), s.values()));
            case Value.BS s when existing == null || existing instanceof Value.BS -> new Value.BS(union(existing == null ? Set.of() : ((Value.BS) existing).values(), s.values()));
            default -> throw UpdateValues.wrongType();
        };
    }

    /** What is left of the set, or null when nothing is (DynamoDB then removes the attribute). */
    private static Value delete(Value existing, Value operand) {
        if (existing == null) {
            return null;
        }
        Value left = switch (operand) {
            case Value.SS s when existing instanceof Value.SS e -> new Value.SS(difference(e.values(), s.values()));
            case Value.NS s when existing instanceof Value.NS e -> new Value.NS(difference(e.values(), s.values()));
            case Value.BS s when existing instanceof Value.BS e -> new Value.BS(difference(e.values(), s.values()));
            default -> throw UpdateValues.wrongType();
        };
        boolean empty = switch (left) {
            case Value.SS s -> s.values().isEmpty();
            case Value.NS s -> s.values().isEmpty();
            case Value.BS s -> s.values().isEmpty();
            default -> false;
        };
        return empty ? null : left;
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> result = new LinkedHashSet<>(a);
        result.addAll(b);
        return result;
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> result = new LinkedHashSet<>(a);
        result.removeAll(b);
        return result;
    }

    static DynamoException invalidPath() {
        return DynamoException.validation("The document path provided in the update expression is invalid for update");
    }
}
