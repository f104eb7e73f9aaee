package io.keysmith.design.program;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a template's placeholders take their values: {@code new} is the instance as it will be
 * (a create's parameters; the stored item with the update's parameters over it), {@code current}
 * the item as a read step of the program found it, before the write.
 */
public enum Scope {
    NEW("new"),
    CURRENT("current");

    private final String json;

    Scope(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
