package io.keysmith.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A relationship from a parent entity ({@code from}) to a child entity ({@code to}). The foreign
 * key is one attribute name or, for a composite identifier, a list of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relationship(
        String from,
        String to,
        Cardinality cardinality,
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        List<String> foreignKey,
        String through,
        Integer maxChildren,
        String name,
        String description) {

    public Relationship {
        foreignKey = Lists.copyOrNull(foreignKey);
    }

    public Relationship(String from, String to, Cardinality cardinality, String foreignKey) {
        this(from, to, cardinality, foreignKey == null ? null : List.of(foreignKey), null, null, null, null);
    }

    /** Whether this relationship connects the two entities, in either direction. */
    public boolean connects(String a, String b) {
        return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
    }
}
