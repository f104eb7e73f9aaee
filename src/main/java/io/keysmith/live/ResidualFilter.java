package io.keysmith.live;

import io.keysmith.design.PatternPlan;
import io.keysmith.design.RequestKeys;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filter expression of a Query or Scan. The plan only says that it filters; the filter
 * applied is the model's: its filter conditions and the where conditions the key condition does
 * not already name, or names in a range the plan's filter rechecks.
 */
final class ResidualFilter {

    private ResidualFilter() {
    }

    /** The expression, or null when nothing is left to filter on. */
    static String of(PatternPlan request, AccessPattern pattern, Map<String, Object> fill, Placeholders p) {
        Set<String> inKeys = RequestKeys.served(request);
        List<String> parts = new ArrayList<>();
        List<Condition> all = new ArrayList<>(pattern.whereOrEmpty());
        all.addAll(pattern.filterOrEmpty());
        for (Condition c : all) {
            if (inKeys.contains(c.attribute()) && pattern.whereOrEmpty().contains(c)) {
                continue;
            }
            Object v = c.isConstant() ? c.value() : fill.get(c.attribute());
            if (v == null) {
                continue;
            }
            String n = p.name(c.attribute());
            parts.add(switch (c.op()) {
                case BETWEEN -> n + " BETWEEN " + p.value(AttributeValues.of(((List<?>) v).get(0))) + " AND "
                        + p.value(AttributeValues.of(((List<?>) v).get(1)));
                case BEGINS_WITH -> "begins_with(" + n + ", " + p.value(AttributeValues.of(v)) + ")";
                default -> n + " " + c.op().json() + " " + p.value(AttributeValues.of(v));
            });
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }
}
