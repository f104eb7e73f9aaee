package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The order an access pattern returns its items in; direction {@code asc} or {@code desc}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderBy(String attribute, String direction) {

    @JsonIgnore
    public boolean descending() {
        return "desc".equals(direction);
    }
}
