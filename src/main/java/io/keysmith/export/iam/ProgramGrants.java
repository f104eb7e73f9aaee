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
 * a collecting Query on its index and a write run for each collected item are requests like any other.
 */
final class ProgramGrants {

    private ProgramGrants() {
    }

    static List<PatternPlan> requests(PatternPlan plan, Design design) {
        List<PatternPlan> out = new ArrayList<>();
        for (ProgramRequest r : ProgramRequest.leaves(plan.program())) {
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
            String op = r.operation() == Operation.CONDITION_CHECK ? "ConditionCheck" : r.operation().json();
            out.add(new PatternPlan(plan.id(), table, r.index(), op, key, null, r.consistentRead(), null, null, null, null,
                    null, null, null, plan.rule(), r.purpose(), null));
        }
        return out;
    }
}
