package io.keysmith.live;

import io.keysmith.data.Values;
import io.keysmith.design.program.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a program's templates are rendered from: {@code current} is the item a read step
 * found (the parameters while nothing was read), {@code new} the instance as it will be (the
 * item read with the parameters over it, or the parameters alone). Collecting read steps keep
 * every item they found in a named list, for the writes made for each of them.
 */
final class ProgramScopes {

    private final Map<String, Object> params;
    private Map<String, Object> stored;
    private final Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();

    ProgramScopes(Map<String, Object> params) {
        this.params = Map.copyOf(params);
    }

    Map<String, Object> values(Scope scope) {
        if (scope == Scope.CURRENT) {
            return stored == null ? params : stored;
        }
        if (stored == null) {
            return params;
        }
        Map<String, Object> merged = new LinkedHashMap<>(stored);
        merged.putAll(params);
        return merged;
    }

    /** Adds what a read step found (a marker, then the item it names, both land in the same place). */
    void read(Map<String, Object> item) {
        Map<String, Object> merged = stored == null ? new LinkedHashMap<>() : new LinkedHashMap<>(stored);
        merged.putAll(item);
        stored = merged;
    }

    /** Keeps what a collecting read step found, under the list's name. */
    void collect(String list, List<Map<String, Object>> items) {
        lists.put(list, List.copyOf(items));
    }

    /** The items a collecting read step put into the list (none when it did not run). */
    List<Map<String, Object>> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** Whether any of the attributes differs between current and new. */
    boolean changed(List<String> attributes) {
        Map<String, Object> before = values(Scope.CURRENT);
        Map<String, Object> after = values(Scope.NEW);
        return attributes.stream().anyMatch(a -> !Values.same(before.get(a), after.get(a)));
    }
}
