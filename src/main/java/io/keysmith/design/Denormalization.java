package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Data stored more than once for a read pattern: a duplicated attribute, an embedded child, or a
 * lookup item for a unique value; with what it costs on writes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Denormalization(
        String kind,
        String entity,
        List<String> attributes,
        String source,
        List<String> patterns,
        String reason,
        String writeCost) {

    public Denormalization {
        attributes = attributes == null ? null : List.copyOf(attributes);
        patterns = patterns == null ? null : List.copyOf(patterns);
    }
}
