package io.keysmith.design.program;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A condition on the stored item: the attribute exists, does not exist, or still holds the value
 * the program read (optimistic locking; a value the read found absent means "does not exist").
 */
public enum CheckFunction {
    ATTRIBUTE_EXISTS("attribute_exists"),
    ATTRIBUTE_NOT_EXISTS("attribute_not_exists"),
    EQUALS("equals");

    private final String json;

    CheckFunction(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
