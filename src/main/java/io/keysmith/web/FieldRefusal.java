package io.keysmith.web;

import io.keysmith.model.Problem;
import java.util.List;

/**
 * Decides whether a field's edit is refused: it is when the edit adds an error about that field,
 * about the object holding it (two range conditions in one pattern), or about the same field of a
 * sibling (a name now "defined twice"). Errors it causes elsewhere, such as a pattern naming a
 * renamed entity, do not refuse it: the problem list shows them.
 */
final class FieldRefusal {

    private FieldRefusal() {
    }

    /** The messages of the errors the edit adds that belong to the field at {@code location}. */
    static List<String> reasons(String location, List<Problem> before, List<Problem> after) {
        return after.stream()
                .filter(Problem::isError)
                .filter(p -> !before.contains(p))
                .filter(p -> belongsTo(p.location(), location))
                .map(Problem::message)
                .distinct()
                .toList();
    }

    static boolean belongsTo(String problem, String field) {
        if (problem == null || problem.isEmpty()) {
            return false;
        }
        return problem.equals(field) || field.startsWith(problem + ".") || field.startsWith(problem + "[")
                || problem.startsWith(field + ".") || problem.startsWith(field + "[")
                || sibling(problem).equals(sibling(field));
    }

    /** The location with its last list index dropped: {@code entities[2].name} becomes {@code entities[].name}. */
    private static String sibling(String location) {
        return location.replaceFirst("\\[\\d+\\](?=[^\\[]*$)", "[]");
    }
}
