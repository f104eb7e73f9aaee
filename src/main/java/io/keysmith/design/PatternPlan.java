package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * How the design serves one access pattern: the operation on which table and index, the key
 * condition, sort direction, units per request, the rule that chose it and a one-line verdict.
 * A pattern needing several requests lists them in {@code requests}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatternPlan(
        String id,
        String table,
        @JsonInclude(JsonInclude.Include.ALWAYS) String index,
        String operation,
        Map<String, KeyCondition> keyCondition,
        Boolean scanIndexForward,
        Boolean consistentRead,
        Integer limit,
        String filterExpression,
        String conditionExpression,
        String updateExpression,
        Double readUnits,
        Double writeUnits,
        Double monthlyCost,
        String rule,
        String verdict,
        List<PatternPlan> requests) {

    public PatternPlan {
        keyCondition = keyCondition == null ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyCondition));
        requests = requests == null || requests.isEmpty() ? null : List.copyOf(requests);
    }
}
