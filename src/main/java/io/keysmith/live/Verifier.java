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
 * Runs every read pattern's plan against the seeded tables and compares what comes back, and in
 * which order, with the answer the model alone defines for the same parameters
 * ({@link ReadProbe}); then proves the write plans by running their programs in a write sequence
 * on a copy of the tables ({@link WriteSequence}), every read pattern read again after each write.
 */
final class Verifier {

    private static final int PARAMETER_SETS = 3;

    private final DynamoDbClient client;
    private final ApplyPlan plan;
    private final Model model;
    private final Design design;
    private final SeededItems seeded;
    private final ReadProbe probe;

    Verifier(DynamoDbClient client, ApplyPlan plan) {
        this.client = client;
        this.plan = plan;
        this.model = plan.model();
        this.design = plan.design();
        this.seeded = new SeededItems(plan);
        this.probe = new ReadProbe(new PlanRunner(client, design), seeded,
                new AnswerComparison(seeded, new Semantics(model, plan.data())), false);
    }

    VerifyReport run() {
        WriteSequence.Outcome sequence = new WriteSequence(client, model, design).run();
        List<PatternResult> results = new ArrayList<>();
        for (AccessPattern p : model.accessPatterns()) {
            PatternPlan pp = design.accessPatterns().stream().filter(x -> p.id().equals(x.id())).findFirst().orElse(null);
            String type = p.type() == null ? "?" : p.type().json();
            if (pp == null) {
                results.add(new PatternResult(p.id(), p.name(), type, false, 0, 0, 0, "the design has no plan for it"));
            } else if (p.isRead()) {
                results.add(afterWrites(read(p, pp), sequence));
            } else {
                results.add(write(p, type, sequence));
            }
        }
        return new VerifyReport(results, List.of(sequence.summary()));
    }

    private static PatternResult write(AccessPattern p, String type, WriteSequence.Outcome sequence) {
        if (sequence.notCovered().containsKey(p.id())) {
            return PatternResult.notCovered(p.id(), p.name(), type, sequence.notCovered().get(p.id()));
        }
        SequenceTally t = sequence.writes().get(p.id());
        if (t.failure() != null) {
            return new PatternResult(p.id(), p.name(), type, false, t.steps(), 0, t.millisPerStep(), t.failure());
        }
        return new PatternResult(p.id(), p.name(), type, true, t.steps(), 0, t.millisPerStep(),
                "program run literally in " + t.steps() + " steps: " + t.kinds() + "; every read compared after each");
    }

    /** A read that passed on the seeded table fails when it failed on the copy before any write; notes the reads after writes. */
    private static PatternResult afterWrites(PatternResult r, WriteSequence.Outcome sequence) {
        String failure = sequence.readFailures().get(r.id());
        if (!r.passed()) {
            return r;
        }
        if (failure != null) {
            return new PatternResult(r.id(), r.name(), r.type(), false, r.items(), r.capacity(), r.millis(), failure);
        }
        int reads = sequence.reads().getOrDefault(r.id(), 0);
        return reads == 0 ? r : new PatternResult(r.id(), r.name(), r.type(), true, r.items(), r.capacity(), r.millis(),
                r.detail() + ", " + reads + " reads after writes");
    }

    /** Notes the included children that came as map entries of the main items and were compared. */
    private String embeddedIncludes(AccessPattern p) {
        List<String> maps = p.includeOrEmpty().stream().map(x -> seeded.embedded().rowOf(x))
                .filter(r -> r != null && p.entity().equals(r.embeddedIn())).map(r -> r.entity() + " entries of " + r.attribute())
                .toList();
        return maps.isEmpty() ? "" : ", " + String.join(", ", maps) + " compared";
    }

    private PatternResult read(AccessPattern p, PatternPlan pp) {
        String host = seeded.hostOf(p.entity());
        ItemRow row = seeded.embedded().rowOf(p.entity());
        if (host != null && row == null) {
            return new PatternResult(p.id(), p.name(), "read", false, 0, 0, 0,
                    p.entity() + " is embedded in " + host + ", but the design does not say under which map and key");
        }
        List<Map<String, Object>> sets = Parameters.draw(p, plan.data(), PARAMETER_SETS, p.id().hashCode());
        if (sets.isEmpty()) {
            return new PatternResult(p.id(), p.name(), "read", false, 0, 0, 0, "no seeded " + p.entity() + " to draw parameters from");
        }
        int items = 0;
        double capacity = 0;
        long nanos = 0;
        for (Map<String, Object> params : sets) {
            long start = System.nanoTime();
            ReadProbe.Checked checked;
            try {
                checked = probe.check(p, pp, params);
            } catch (software.amazon.awssdk.services.dynamodb.model.DynamoDbException e) {
                return new PatternResult(p.id(), p.name(), "read", false, items, capacity, 0,
                        "DynamoDB rejected the request: " + e.awsErrorDetails().errorMessage());
            }
            nanos += System.nanoTime() - start;
            items += checked.run().items().size();
            capacity += checked.run().capacity();
            if (checked.problem() != null) {
                return new PatternResult(p.id(), p.name(), "read", false, items, capacity, nanos / 1e6 / sets.size(),
                        checked.problem() + " (parameters " + params + ")");
            }
        }
        return new PatternResult(p.id(), p.name(), "read", true, items, capacity, nanos / 1e6 / sets.size(),
                pp.operation() + (pp.index() == null ? "" : " on " + pp.index())
                        + (row == null ? "" : ", entries of " + row.embeddedIn() + "." + row.attribute())
                        + embeddedIncludes(p) + ", "
                        + sets.size() + " parameter sets");
    }
}
