package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The type of an attribute, as written in the model file. */
public enum AttributeType {
    STRING("string"), NUMBER("number"), BOOLEAN("boolean"), DATETIME("datetime"), DATE("date"),
    BINARY("binary"), MAP("map"), LIST("list"), STRING_SET("stringSet"), NUMBER_SET("numberSet");

    private final String json;

    AttributeType(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static AttributeType fromJson(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("unknown type " + value));
    }

    public static Optional<AttributeType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.json.equals(value)).findFirst();
    }

    /** Whether values of this type can be part of a key (string, number, binary or a date). */
    public boolean isScalar() {
        return switch (this) {
            case STRING, NUMBER, DATETIME, DATE, BINARY, BOOLEAN -> true;
            case MAP, LIST, STRING_SET, NUMBER_SET -> false;
        };
    }
}
