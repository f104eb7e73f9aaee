package io.keysmith.design;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which attributes a request's key condition serves: the one place the live runner, the code
 * exporter and ElectroDB learn which where conditions are left for a filter.
 */
public final class RequestKeys {

    private RequestKeys() {
    }

    /** The attributes the key condition's templates name. */
    public static Set<String> attributes(PatternPlan request) {
        Set<String> names = new LinkedHashSet<>();
        if (request.keyCondition() != null) {
            for (KeyCondition c : request.keyCondition().values()) {
                for (Object v : c.value() instanceof List<?> l ? l : List.of(c.value())) {
                    names.addAll(KeyTemplate.of(String.valueOf(v)).attributes());
                }
            }
        }
        return names;
    }

    /**
     * The attributes the key names but the filter ranges on again: a key range widened so that it
     * cannot miss a match ({@code RangeRecheck}), whose exact condition the filter applies.
     */
    public static Set<String> rechecked(PatternPlan request) {
        Set<String> out = Expressions.ranged(request.filterExpression());
        out.retainAll(attributes(request));
        return out;
    }

    /** The attributes the key serves exactly: named, and not rechecked by the filter. */
    public static Set<String> served(PatternPlan request) {
        Set<String> out = attributes(request);
        out.removeAll(Expressions.ranged(request.filterExpression()));
        return out;
    }
}
