package io.keysmith.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The instances generated for a model, by entity, parents before children. */
public record SampleData(Map<String, List<Instance>> byEntity) {

    public SampleData {
        Map<String, List<Instance>> copy = new LinkedHashMap<>();
        byEntity.forEach((entity, instances) -> copy.put(entity, List.copyOf(instances)));
        byEntity = Collections.unmodifiableMap(copy);
    }

    public List<Instance> of(String entity) {
        return byEntity.getOrDefault(entity, List.of());
    }

    /** Every instance, parents before children. */
    public List<Instance> all() {
        return byEntity.values().stream().flatMap(List::stream).toList();
    }

    public int size() {
        return byEntity.values().stream().mapToInt(List::size).sum();
    }
}
