package io.keysmith.design.program;

/**
 * How a side's delete removes the implied edges of one many-to-many: the edge entity, the
 * collecting read that finds them and the batched write run for the collected items (the capacity
 * model sizes both from the model's figures).
 */
public record EdgeRemoval(String edge, ProgramRequest collect, ProgramRequest delete) {
}
