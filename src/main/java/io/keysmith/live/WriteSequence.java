package io.keysmith.live;

import io.keysmith.data.EmbeddedEntries;
import io.keysmith.data.Instance;
import io.keysmith.data.InstanceGenerator;
import io.keysmith.data.ItemRenderer;
import io.keysmith.data.RenderedItem;
import io.keysmith.data.SampleData;
import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * Proves the write plans by running their programs literally ({@link ProgramRunner}) in a seeded
 * pseudo-random sequence on a copy of the tables ({@link ScratchTables}): creates, updates and
 * deletes the model allows, and writes it forbids, which must be refused. An oracle of the live
 * instances ({@link LiveInstances}) follows the model; after each step every read pattern is read
 * a few times, with parameters around what the step touched and drawn from live instances, and
 * compared with the oracle's answer ({@link ReadProbe}). A failed step is blamed on its write
 * pattern, which is then left out, and the copy is rewritten from the oracle.
 */
final class WriteSequence {

    static final long SEED = 20_261_203L;
    private static final Logger LOG = LoggerFactory.getLogger(WriteSequence.class);
    private static final int MIN_STEPS = 200;
    private static final int STEPS_PER_PATTERN = 30;

    /** Per pattern, the tally of a write or the first failure of a read before any write; and the summary line. */
    record Outcome(Map<String, SequenceTally> writes, Map<String, String> readFailures, Map<String, Integer> reads,
            Map<String, String> notCovered, String summary) {
    }

    private final DynamoDbClient client;
    private final Model model;
    private final Design original;

    WriteSequence(DynamoDbClient client, Model model, Design original) {
        this.client = client;
        this.model = model;
        this.original = original;
    }

    Outcome run() {
        Map<String, String> notCovered = new LinkedHashMap<>();
        List<AccessPattern> writes = new ArrayList<>();
        List<AccessPattern> reads = new ArrayList<>();
        for (AccessPattern p : model.accessPatterns()) {
            PatternPlan pp = plan(original, p);
            if (p.isRead()) {
                if (pp != null) {
                    reads.add(p);
                }
            } else if (pp == null || pp.program() == null) {
                notCovered.put(p.id(), "the design has no program for this write");
            } else {
                writes.add(p);
            }
        }
        if (writes.isEmpty()) {
            return new Outcome(Map.of(), Map.of(), Map.of(), notCovered, "no write sequence: no write pattern has a program");
        }
        try (ScratchTables scratch = new ScratchTables(client, original, model).create()) {
            return new Run(scratch, writes, reads, notCovered).go();
        }
    }

    private static PatternPlan plan(Design design, AccessPattern p) {
        return design.accessPatterns().stream().filter(x -> p.id().equals(x.id())).findFirst().orElse(null);
    }

    /** One sequence on the scratch copy. */
    private final class Run {
        private final ScratchTables scratch;
        private final Design design;
        private final List<AccessPattern> writes;
        private final List<AccessPattern> reads;
        private final Map<String, String> notCovered;
        private final Map<String, SequenceTally> tallies = new LinkedHashMap<>();
        private final Map<String, String> readFailures = new LinkedHashMap<>();
        private final Map<String, Integer> readCounts = new LinkedHashMap<>();
        private final Random rnd = new Random(SEED);
        private final PlanRunner planRunner;
        private final TableAudit audit;
        private final ProgramRunner programs;
        private final LiveInstances live;
        private final StepChooser chooser;
        private int readTotal;

        Run(ScratchTables scratch, List<AccessPattern> writes, List<AccessPattern> reads, Map<String, String> notCovered) {
            this.scratch = scratch;
            this.design = scratch.design();
            this.writes = writes;
            this.reads = reads;
            this.notCovered = notCovered;
            this.planRunner = new PlanRunner(client, design);
            this.audit = new TableAudit(client, design);
            this.programs = new ProgramRunner(client, design, model);
            SampleData all = new InstanceGenerator(model).generate(Math.max(300, 40 * model.entities().size()), SEED);
            this.live = new LiveInstances(model, new EmbeddedEntries(design, null), new SampleData(Map.of()));
            List<Instance> pool = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (Instance i : all.all()) {
                int k = seen.merge(i.entity(), 1, Integer::sum);
                if (k <= Math.max(1, (all.of(i.entity()).size() * 6 + 9) / 10) && live.parentsLive(i)) {
                    live.add(i);
                } else {
                    pool.add(i);
                }
            }
            // a second generation, moved under live parents when created, so that every entity has instances to create
            pool.addAll(new InstanceGenerator(model).generate(Math.max(300, 40 * model.entities().size()), SEED + 1).all());
            this.chooser = new StepChooser(model, design, live, pool, new NewValues(model, design, all.byEntity()), rnd);
            writes.forEach(p -> tallies.put(p.id(), new SequenceTally()));
        }

        Outcome go() {
            scratch.write(rendered());
            ReadProbe baseline = probe();
            for (AccessPattern p : reads) {
                for (Map<String, Object> params : Parameters.draw(p, live.data(), 3, SEED)) {
                    String problem = read(baseline, p, params);
                    if (problem != null) {
                        readFailures.put(p.id(), "on the copy before any write, parameters " + params + ": " + problem);
                        break;
                    }
                }
            }
            int steps = Math.max(MIN_STEPS, STEPS_PER_PATTERN * writes.size());
            int done = 0;
            int refusals = 0;
            for (int attempt = 0; done < steps && attempt < steps * 5; attempt++) {
                List<AccessPattern> active = writes.stream().filter(p -> !tallies.get(p.id()).failedAlready()).toList();
                if (active.isEmpty()) {
                    break;
                }
                AccessPattern p = active.get(rnd.nextInt(active.size()));
                Optional<WriteStep> step = chooser.next(done + 1, p);
                if (step.isEmpty()) {
                    continue;
                }
                done++;
                refusals += step.get().mustBeRefused() ? 1 : 0;
                String problem = step(step.get());
                if (problem != null) {
                    tallies.get(p.id()).failed("seed " + SEED + ", " + step.get().describe() + ": " + problem);
                    LOG.info("write sequence: {} failed at {}: {}", p.id(), step.get().describe(), problem);
                    scratch.reset(rendered());
                }
            }
            for (AccessPattern p : writes) {
                if (tallies.get(p.id()).steps() == 0 && !tallies.get(p.id()).failedAlready()) {
                    notCovered.put(p.id(), "no step could be made (no " + p.entity() + " to write on)");
                    tallies.remove(p.id());
                }
            }
            String summary = String.format("write sequence: seed %d, %d steps, %d reads compared, %d refusals checked, on %s (dropped afterwards)",
                    SEED, done, readTotal, refusals, String.join(", ", scratch.names()));
            return new Outcome(tallies, readFailures, readCounts, notCovered, summary);
        }

        /** Runs one write and the reads after it; the problem, or null when the table still answers as the model. */
        private String step(WriteStep step) {
            PatternPlan pp = plan(design, step.pattern());
            List<String> sent = new ArrayList<>();
            long start = System.nanoTime();
            ProgramRunner.Outcome outcome;
            try {
                outcome = programs.run(pp.program(), step.params(), sent);
            } catch (DynamoDbException e) {
                LOG.warn("write sequence: {} rejected by DynamoDB", step.describe(), e);
                return "DynamoDB rejected the write: " + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage())
                        + "; sent " + sent;
            } catch (RuntimeException e) {
                LOG.warn("write sequence: {} could not be run", step.describe(), e);
                return "the program could not be run: " + e.getMessage() + "; sent " + sent;
            }
            tallies.get(step.pattern().id()).ran(step, (System.nanoTime() - start) / 1e6);
            boolean refused = outcome == ProgramRunner.Outcome.REFUSED;
            if (refused && !step.mustBeRefused()) {
                return "refused a " + step.kind().text() + " the model allows; sent " + sent;
            }
            if (!refused && step.mustBeRefused()) {
                return "the " + step.kind().text() + " was not refused; sent " + sent;
            }
            if (!refused) {
                apply(step);
            }
            return readsAfter(step, sent);
        }

        private void apply(WriteStep step) {
            switch (step.kind()) {
                case CREATE -> {
                    live.add(step.after());
                    chooser.used(step.after());
                }
                case UPDATE -> live.replace(step.after());
                case DELETE -> live.remove(step.before());
                default -> {
                }
            }
        }

        private String readsAfter(WriteStep step, List<String> sent) {
            SampleData now = live.data();
            List<RenderedItem> expected = rendered(now);
            String stored = audit.differences(expected);
            if (stored != null) {
                return "then " + stored + "; the write sent " + sent;
            }
            ReadProbe probe = probe(now, expected);
            for (AccessPattern p : reads) {
                if (readFailures.containsKey(p.id())) {
                    continue;
                }
                Set<Map<String, Object>> sets = new LinkedHashSet<>();
                for (Instance touched : new Instance[] {step.before(), step.after()}) {
                    if (touched != null) {
                        Parameters.around(p, touched, now).ifPresent(sets::add);
                    }
                }
                if (step.after() == null && step.before() == null) {
                    Parameters.around(p, new Instance(step.pattern().entity(), step.params()), now).ifPresent(sets::add);
                }
                sets.addAll(Parameters.draw(p, now, 1, SEED + step.number()));
                for (Map<String, Object> params : sets) {
                    String problem = read(probe, p, params);
                    if (problem != null) {
                        return "then " + p.id() + " with " + params + ": " + problem + "; the write sent " + sent;
                    }
                }
            }
            return null;
        }

        private String read(ReadProbe probe, AccessPattern p, Map<String, Object> params) {
            readTotal++;
            readCounts.merge(p.id(), 1, Integer::sum);
            try {
                return probe.check(p, plan(design, p), params).problem();
            } catch (DynamoDbException e) {
                return "DynamoDB rejected the read: " + (e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage());
            }
        }

        private ReadProbe probe() {
            SampleData now = live.data();
            return probe(now, rendered(now));
        }

        private ReadProbe probe(SampleData now, List<RenderedItem> expected) {
            SeededItems items = new SeededItems(design, now, expected);
            return new ReadProbe(planRunner, items, new AnswerComparison(items, new Semantics(model, now)), true);
        }

        private List<RenderedItem> rendered() {
            return rendered(live.data());
        }

        /** The live instances' items as the design stores them, one per primary key. */
        private List<RenderedItem> rendered(SampleData data) {
            Set<List<Object>> keys = new HashSet<>();
            List<RenderedItem> out = new ArrayList<>();
            for (RenderedItem i : new ItemRenderer(design).renderAll(data)) {
                if (keys.add(PrimaryKey.of(design, i))) {
                    out.add(i);
                }
            }
            return out;
        }
    }
}
