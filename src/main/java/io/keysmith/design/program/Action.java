package io.keysmith.design.program;

/** What an update action does to its attribute. */
public enum Action {
    SET,
    REMOVE,
    ADD
}
