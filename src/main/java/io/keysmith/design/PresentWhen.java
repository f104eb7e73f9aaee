package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A condition on an item's attribute deciding whether a (sparse index) key is written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PresentWhen(String attribute, String op, Object value) {
}
