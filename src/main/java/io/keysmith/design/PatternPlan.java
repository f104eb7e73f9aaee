package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * How the design serves one access pattern: the operation on which table and index, the key
 * condition, sort direction, units per request, the rule that chose it and a one-line verdict.
 * A pattern needing several requests lists them in {@code requests}; a request marked
 * {@code intermediate} only supplies values to the next one (a uniqueness marker naming the item's
 * identifier) and is not part of the answer. A write's {@code program} lists every request it
 * makes, in order ({@link io.keysmith.design.program.ProgramRequest}). {@code shards} is set on a
 * request that reads every shard of a write-sharded partition: it is issued once per value 0..N-1
 * of the {@code {#shard:N}} placeholder and the results are merged (scatter-gather).
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
        List<PatternPlan> requests,
        Boolean intermediate,
        List<io.keysmith.design.program.ProgramRequest> program,
        Integer shards) {

    public PatternPlan {
        program = program == null || program.isEmpty() ? null : List.copyOf(program);
        keyCondition = keyCondition == null ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyCondition));
        requests = requests == null || requests.isEmpty() ? null : List.copyOf(requests);
    }

    /** A plan that reads no sharded partition. */
    public PatternPlan(String id, String table, String index, String operation, Map<String, KeyCondition> keyCondition,
            Boolean scanIndexForward, Boolean consistentRead, Integer limit, String filterExpression,
            String conditionExpression, String updateExpression, Double readUnits, Double writeUnits, Double monthlyCost,
            String rule, String verdict, List<PatternPlan> requests, Boolean intermediate,
            List<io.keysmith.design.program.ProgramRequest> program) {
        this(id, table, index, operation, keyCondition, scanIndexForward, consistentRead, limit, filterExpression,
                conditionExpression, updateExpression, readUnits, writeUnits, monthlyCost, rule, verdict, requests,
                intermediate, program, null);
    }

    /** A plan without program or intermediate mark. */
    public PatternPlan(String id, String table, String index, String operation, Map<String, KeyCondition> keyCondition,
            Boolean scanIndexForward, Boolean consistentRead, Integer limit, String filterExpression,
            String conditionExpression, String updateExpression, Double readUnits, Double writeUnits, Double monthlyCost,
            String rule, String verdict, List<PatternPlan> requests) {
        this(id, table, index, operation, keyCondition, scanIndexForward, consistentRead, limit, filterExpression,
                conditionExpression, updateExpression, readUnits, writeUnits, monthlyCost, rule, verdict, requests, null, null);
    }

    /** The same plan with the given program; its operation is the program's last (the write). */
    public PatternPlan withProgram(List<io.keysmith.design.program.ProgramRequest> steps) {
        String last = steps == null || steps.isEmpty() ? operation : steps.get(steps.size() - 1).operation().json();
        return new PatternPlan(id, table, index, last, keyCondition, scanIndexForward, consistentRead, limit,
                filterExpression, conditionExpression, updateExpression, readUnits, writeUnits, monthlyCost, rule, verdict,
                requests, intermediate, steps, shards);
    }

    /** The same plan with another verdict. */
    public PatternPlan withVerdict(String text) {
        return new PatternPlan(id, table, index, operation, keyCondition, scanIndexForward, consistentRead, limit,
                filterExpression, conditionExpression, updateExpression, readUnits, writeUnits, monthlyCost, rule, text,
                requests, intermediate, program, shards);
    }

    /** The same plan with its capacity figures and a verdict that may say what they assume. */
    public PatternPlan withCapacity(Double reads, Double writes, Double month, String text) {
        return new PatternPlan(id, table, index, operation, keyCondition, scanIndexForward, consistentRead, limit,
                filterExpression, conditionExpression, updateExpression, reads, writes, month, rule, text,
                requests, intermediate, program, shards);
    }

    /** The same plan with other key conditions, requests, units, cost and shard count (write sharding). */
    public PatternPlan withSharding(Map<String, KeyCondition> key, List<PatternPlan> parts, Double units, Double month,
            String text, Integer count) {
        return new PatternPlan(id, table, index, operation, key, scanIndexForward, consistentRead, limit,
                filterExpression, conditionExpression, updateExpression, units, writeUnits, month, rule, text,
                parts, intermediate, program, count);
    }
}
