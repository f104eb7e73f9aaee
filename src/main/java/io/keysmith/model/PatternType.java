package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Whether an access pattern reads or writes. */
public enum PatternType {
    READ("read"), CREATE("create"), UPDATE("update"), DELETE("delete");

    private final String json;

    PatternType(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static PatternType fromJson(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("unknown type " + value));
    }

    public static Optional<PatternType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.json.equals(value)).findFirst();
    }

    public boolean isWrite() {
        return this != READ;
    }
}
