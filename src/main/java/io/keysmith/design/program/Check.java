package io.keysmith.design.program;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One condition of a write, all of a step's conditions joined with AND. {@code path} names a map
 * entry instead of a top-level attribute (templates, e.g. {@code ["addresses", "{addressId}"]});
 * {@code value} is the template an {@code equals} compares with, rendered from {@code from}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Check(CheckFunction function, String attribute, java.util.List<String> path, String value, Scope from) {

    public Check {
        path = path == null ? null : java.util.List.copyOf(path);
    }

    public static Check exists(String attribute) {
        return new Check(CheckFunction.ATTRIBUTE_EXISTS, attribute, null, null, null);
    }

    public static Check notExists(String attribute) {
        return new Check(CheckFunction.ATTRIBUTE_NOT_EXISTS, attribute, null, null, null);
    }

    /** The stored attribute still holds the value the program read. */
    public static Check unchanged(String attribute) {
        return new Check(CheckFunction.EQUALS, attribute, null, "{" + attribute + "}", Scope.CURRENT);
    }
}
