package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How many items on each side of a relationship. */
public enum Cardinality {
    ONE_TO_ONE("one-to-one"), ONE_TO_MANY("one-to-many"), MANY_TO_MANY("many-to-many");

    private final String json;

    Cardinality(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Cardinality fromJson(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("unknown cardinality " + value));
    }

    public static Optional<Cardinality> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.json.equals(value)).findFirst();
    }
}
