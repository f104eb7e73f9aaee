package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A typed attribute of an entity. Boolean flags are optional and absent means false. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attribute(
        String name,
        AttributeType type,
        Boolean identifier,
        Boolean unique,
        Boolean immutable,
        Boolean required,
        List<Object> values,
        String format,
        String description) {

    public Attribute {
        values = Lists.copyOrNull(values);
    }

    public static Attribute of(String name, AttributeType type) {
        return new Attribute(name, type, null, null, null, null, null, null, null);
    }

    @JsonIgnore
    public boolean partOfIdentifier() {
        return Boolean.TRUE.equals(identifier);
    }

    @JsonIgnore
    public boolean mustBeUnique() {
        return Boolean.TRUE.equals(unique);
    }

    @JsonIgnore
    public boolean neverChanges() {
        return Boolean.TRUE.equals(immutable);
    }

    /** Absent means required, as in the spec; only an explicit false makes it optional. */
    @JsonIgnore
    public boolean isOptional() {
        return Boolean.FALSE.equals(required);
    }
}
