package io.keysmith.live;

import io.keysmith.live.WriteStep.Kind;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What the write sequence did with one write pattern: steps by kind, and its first failure. */
final class SequenceTally {

    private final Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
    private String failure;
    private double millis;

    void ran(WriteStep step, double took) {
        kinds.merge(step.kind(), 1, Integer::sum);
        millis += took;
    }

    void failed(String detail) {
        if (failure == null) {
            failure = detail;
        }
    }

    boolean failedAlready() {
        return failure != null;
    }

    String failure() {
        return failure;
    }

    int steps() {
        return kinds.values().stream().mapToInt(Integer::intValue).sum();
    }

    int refusals() {
        return kinds.entrySet().stream().filter(e -> e.getKey().refused()).mapToInt(Map.Entry::getValue).sum();
    }

    double millisPerStep() {
        return steps() == 0 ? 0 : millis / steps();
    }

    /** {@code 12 create, 3 create with the identifier of a live instance (refused)}. */
    String kinds() {
        return kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().text() + (e.getKey().refused() ? " (refused)" : ""))
                .collect(Collectors.joining(", "));
    }
}
