package io.keysmith.design.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.keysmith.design.PresentWhen;

/**
 * One action of an UpdateItem on {@code attribute} (or on the map entry at {@code path}): SET to
 * the template rendered from the new values, REMOVE, or ADD a number. A SET with {@code when}
 * becomes a REMOVE when the condition fails on the new values (a sparse key leaving its index).
 * {@code entity} instead of a value sets the whole new instance of that entity as a map (an
 * embedded child).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateAction(Action action, String attribute, java.util.List<String> path, String value, PresentWhen when,
        String entity) {

    public UpdateAction {
        path = path == null ? null : java.util.List.copyOf(path);
    }

    public static UpdateAction set(String attribute, String template) {
        return new UpdateAction(Action.SET, attribute, null, template, null, null);
    }
}
