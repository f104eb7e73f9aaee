package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A condition of an access pattern on one attribute. With a {@code value} it compares with a
 * constant known at design time; without one, the value is a request parameter.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(String attribute, Op op, Object value) {

    public static Condition param(String attribute, Op op) {
        return new Condition(attribute, op, null);
    }

    @JsonIgnore
    public boolean isConstant() {
        return value != null;
    }
}
