package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One step of the engine's reasoning, for a learner: the rule, what it looked at, why it fired
 * (or did not), and what it changed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Step(
        int n,
        String rule,
        String title,
        String explanation,
        List<String> entities,
        List<String> patterns,
        List<String> changes,
        Boolean fired) {

    public Step {
        entities = entities == null ? null : List.copyOf(entities);
        patterns = patterns == null ? null : List.copyOf(patterns);
        changes = changes == null ? null : List.copyOf(changes);
    }
}
