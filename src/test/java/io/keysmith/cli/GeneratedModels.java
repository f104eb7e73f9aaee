package io.keysmith.cli;

import io.keysmith.model.Model;

/**
 * Large synthetic models for tests and benchmarks of other packages: the same shape as
 * {@code bench --perf}'s (entities of five attributes in a tree of one-to-many relationships, three
 * reads and a create per entity at four patterns each).
 */
public final class GeneratedModels {

    private GeneratedModels() {
    }

    public static Model of(int entities, int patternsPerEntity) {
        return BenchCommand.generated(entities, patternsPerEntity);
    }
}
