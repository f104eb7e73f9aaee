package io.keysmith.export.iam;

import io.keysmith.design.Design;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.design.program.Operation;
import io.keysmith.design.program.ProgramRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests of a write's program as single-request plans, so that a policy allows exactly
 * what the program runs: the read that finds the item, each part of the transaction on its own
 * table or index (IAM has no TransactWriteItems action; ConditionCheck is ConditionCheckItem);
 * a collecting Query on its index is a request like any other, and the parts of a batch are sent
 * as BatchWriteItem on their table.
 */
final class ProgramGrants {

    private ProgramGrants() {
    }

    static List<PatternPlan> requests(PatternPlan plan, Design design) {
        List<PatternPlan> out = new ArrayList<>();
        for (ProgramRequest step : plan.program()) {
            // a batch's parts are sent in BatchWriteItem calls: that is the action IAM checks
            String batch = step.operation() == Operation.BATCH_WRITE_ITEM ? step.operation().json() : null;
            for (ProgramRequest r : step.writes()) {
                out.add(request(plan, design, r, batch));
            }
        }
        return out;
    }

    private static PatternPlan request(PatternPlan plan, Design design, ProgramRequest r, String batch) {
        String table = r.table() == null ? plan.table() : r.table();
        Table t = design.tables().stream().filter(x -> x.name().equals(table)).findFirst().orElse(null);
        Map<String, KeyCondition> key = null;
        if (r.keyCondition() != null) {
            key = r.keyCondition();
        } else if (t != null) {
            List<String> names = new ArrayList<>();
            names.add(t.partitionKey().name());
            if (t.sortKey() != null) {
                names.add(t.sortKey().name());
            }
            Map<String, String> addressed = r.addressedKey(names);
            if (addressed != null) {
                key = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : addressed.entrySet()) {
                    key.put(e.getKey(), new KeyCondition("=", e.getValue()));
                }
            }
        }
        String op = batch != null ? batch : r.operation() == Operation.CONDITION_CHECK ? "ConditionCheck" : r.operation().json();
        return new PatternPlan(plan.id(), table, r.index(), op, key, null, r.consistentRead(), null, null, null, null,
                null, null, null, plan.rule(), r.purpose(), null);
    }
}
