package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Which attributes an index copies: ALL, KEYS_ONLY or INCLUDE with the listed attributes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Projection(String type, List<String> nonKeyAttributes) {

    public static final Projection ALL = new Projection("ALL", null);
    public static final Projection KEYS_ONLY = new Projection("KEYS_ONLY", null);

    public Projection {
        nonKeyAttributes = nonKeyAttributes == null ? null : List.copyOf(nonKeyAttributes);
    }
}
