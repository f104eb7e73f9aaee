package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A comparison in an access pattern's condition. */
public enum Op {
    EQ("="), LT("<"), LE("<="), GT(">"), GE(">="), BETWEEN("between"), BEGINS_WITH("begins_with");

    private final String json;

    Op(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Op fromJson(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("unknown op " + value));
    }

    public static Optional<Op> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.json.equals(value)).findFirst();
    }

    /** Every op but {@code =} narrows a range of sort key values; a key condition allows one. */
    public boolean isRange() {
        return this != EQ;
    }
}
