package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How DynamoDB charges a table: per request (on demand), or for capacity provisioned ahead. */
public enum BillingMode {
    PAY_PER_REQUEST, PROVISIONED;

    /** The value as model and design files, and DynamoDB, write it ({@code PAY_PER_REQUEST}). */
    @JsonValue
    public String json() {
        return name();
    }

    @JsonCreator
    public static BillingMode fromJson(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException(
                "unknown billing mode \"" + value + "\"; use " + String.join(" or ", jsonValues())));
    }

    /** The mode a file or DynamoDB names, empty for null or an unknown one. */
    public static Optional<BillingMode> parse(String value) {
        return Arrays.stream(values()).filter(b -> b.name().equals(value)).findFirst();
    }

    /** Every value as files write them, in declaration order. */
    public static String[] jsonValues() {
        return Arrays.stream(values()).map(BillingMode::json).toArray(String[]::new);
    }
}
