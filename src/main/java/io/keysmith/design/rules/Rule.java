package io.keysmith.design.rules;

import io.keysmith.design.DesignState;

/** One step of the engine: looks at the state, changes what it is responsible for, records a step. */
public interface Rule {

    /** The rule's id as it appears in {@code steps} and plans, e.g. {@code one-to-many-item-collection}. */
    String id();

    void apply(DesignState state);
}
