package io.keysmith.design;

/**
 * The condition on one key attribute of a request: {@code op} as in the model ({@code =},
 * {@code begins_with}, {@code between}...) and a key template, or two for {@code between}.
 */
public record KeyCondition(String op, Object value) {
}
