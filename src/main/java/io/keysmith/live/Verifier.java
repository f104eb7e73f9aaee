package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs every access pattern's plan against the seeded tables and compares what comes back, and
 * in which order, with the answer the model alone defines for the same parameters
 * ({@link AnswerComparison}). Write patterns are exercised by {@link WriteCheck}.
 */
final class Verifier {

    private static final int PARAMETER_SETS = 3;

    private final DynamoDbClient client;
    private final ApplyPlan plan;
    private final Model model;
    private final Design design;
    private final SeededItems seeded;
    private final AnswerComparison comparison;

    Verifier(DynamoDbClient client, ApplyPlan plan) {
        this.client = client;
        this.plan = plan;
        this.model = plan.model();
        this.design = plan.design();
        this.seeded = new SeededItems(plan);
        this.comparison = new AnswerComparison(seeded, new Semantics(model, plan.data()));
    }

    VerifyReport run() {
        List<PatternResult> results = new ArrayList<>();
        PlanRunner runner = new PlanRunner(client, design);
        WriteCheck writes = new WriteCheck(client, plan);
        for (AccessPattern p : model.accessPatterns()) {
            PatternPlan pp = design.accessPatterns().stream().filter(x -> p.id().equals(x.id())).findFirst().orElse(null);
            String type = p.type() == null ? "?" : p.type().json();
            if (pp == null) {
                results.add(new PatternResult(p.id(), p.name(), type, false, 0, 0, 0, "the design has no plan for it"));
            } else if (p.isRead()) {
                results.add(read(runner, p, pp));
            } else {
                results.add(writes.check(p, pp));
            }
        }
        return new VerifyReport(results);
    }

    /** Notes the included children that came as map entries of the main items and were compared. */
    private String embeddedIncludes(AccessPattern p) {
        List<String> maps = p.includeOrEmpty().stream().map(x -> seeded.embedded().rowOf(x))
                .filter(r -> r != null && p.entity().equals(r.embeddedIn())).map(r -> r.entity() + " entries of " + r.attribute())
                .toList();
        return maps.isEmpty() ? "" : ", " + String.join(", ", maps) + " compared";
    }

    private PatternResult read(PlanRunner runner, AccessPattern p, PatternPlan pp) {
        String host = seeded.hostOf(p.entity());
        ItemRow row = seeded.embedded().rowOf(p.entity());
        if (host != null && row == null) {
            return new PatternResult(p.id(), p.name(), "read", false, 0, 0, 0,
                    p.entity() + " is embedded in " + host + ", but the design does not say under which map and key");
        }
        // an embedded entity is read through its host's items, the entries picked from their maps
        String stored = row == null ? p.entity() : row.embeddedIn();
        List<Map<String, Object>> sets = Parameters.draw(p, plan.data(), PARAMETER_SETS, p.id().hashCode());
        if (sets.isEmpty()) {
            return new PatternResult(p.id(), p.name(), "read", false, 0, 0, 0, "no seeded " + p.entity() + " to draw parameters from");
        }
        int items = 0;
        double capacity = 0;
        long nanos = 0;
        for (Map<String, Object> params : sets) {
            long start = System.nanoTime();
            PlanRunner.Run run;
            try {
                run = runner.run(pp, p, params, r -> seeded.isOf(r, stored));
            } catch (software.amazon.awssdk.services.dynamodb.model.DynamoDbException e) {
                return new PatternResult(p.id(), p.name(), "read", false, items, capacity, 0,
                        "DynamoDB rejected the request: " + e.awsErrorDetails().errorMessage());
            }
            nanos += System.nanoTime() - start;
            items += run.items().size();
            capacity += run.capacity();
            String problem = run.problem() != null ? run.problem()
                    : row != null ? comparison.embeddedDifferences(p, pp, params, row, run.items())
                    : comparison.differences(p, pp, params, run.items());
            if (problem != null) {
                return new PatternResult(p.id(), p.name(), "read", false, items, capacity, nanos / 1e6 / sets.size(),
                        problem + " (parameters " + params + ")");
            }
        }
        return new PatternResult(p.id(), p.name(), "read", true, items, capacity, nanos / 1e6 / sets.size(),
                pp.operation() + (pp.index() == null ? "" : " on " + pp.index())
                        + (row == null ? "" : ", entries of " + row.embeddedIn() + "." + row.attribute())
                        + embeddedIncludes(p) + ", "
                        + sets.size() + " parameter sets");
    }
}
