package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How a design spreads entities over tables: all in one table, or one table per entity. */
public enum TableStyle {
    SINGLE_TABLE("single-table", "Single table"), MULTI_TABLE("multi-table", "Multi table");

    private final String json;
    private final String label;

    TableStyle(String json, String label) {
        this.json = json;
        this.label = label;
    }

    /** The value as model and design files write it ({@code single-table}). */
    @JsonValue
    public String json() {
        return json;
    }

    /** The name a person reads in the web app ({@code Single table}). */
    public String label() {
        return label;
    }

    @JsonCreator
    public static TableStyle fromJson(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException(
                "unknown style \"" + value + "\"; use " + String.join(" or ", jsonValues())));
    }

    public static Optional<TableStyle> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.json.equals(value)).findFirst();
    }

    /** Every value as files write them, in declaration order. */
    public static String[] jsonValues() {
        return Arrays.stream(values()).map(TableStyle::json).toArray(String[]::new);
    }
}
