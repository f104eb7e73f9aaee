package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Seeding throughput of a model's items: the parallel {@link SeedWriter} against a single-threaded
 * loop of 25-item BatchWriteItem calls, on fresh embedded local engines, and optionally against
 * another DynamoDB-compatible endpoint (dynalite, say) loading the same items with the same writer.
 * A warm-up, then rounds in alternating order, so that a noisy machine slows both alike and a JVM
 * still getting faster favours neither; the verdicts are medians of the rounds' ratios.
 */
public final class SeedingBenchmark {

    static final int ROUNDS = 5;
    static final int WARM_UP = 2;

    private SeedingBenchmark() {
    }

    /** One round: the baseline's run, the parallel writer's, and the other endpoint's (null without one). */
    public record Round(CpuMeter.Run baseline, CpuMeter.Run parallel, CpuMeter.Run other) {
        public double ratio() {
            return parallel.itemsPerSecond() / baseline.itemsPerSecond();
        }

        /** How many times faster the engine took the items than the other endpoint; NaN without one. */
        public double againstOther() {
            return other == null ? Double.NaN : parallel.itemsPerSecond() / other.itemsPerSecond();
        }
    }

    /** The rounds of a run and the medians of their figures. */
    public record Result(int items, int threads, List<Round> rounds) {
        public double medianRatio() {
            return median(Round::ratio);
        }

        public double median(ToDoubleFunction<Round> figure) {
            return Stats.median(rounds.stream().map(figure::applyAsDouble).toList());
        }
    }

    /** Prints the figures; the CLI's {@code apply MODEL --bench-seeding [--against URL]}. */
    public static int run(Model model, Design design, int items, int threads, URI against, PrintStream out) {
        try {
            int cores = Runtime.getRuntime().availableProcessors();
            out.println("Seeding benchmark: " + items + " instances, Keysmith's local engine embedded, "
                    + cores + " cores, " + threads + " writer threads"
                    + (against == null ? "" : ", against " + against) + "; " + Stats.loadAverage());
            Result r = measure(model, design, items, threads, against, ROUNDS, out);
            out.printf(Locale.ROOT, "median over %d rounds: %d writers %.2fx one writer%s (%s)%n", r.rounds().size(), threads,
                    r.medianRatio(), against == null ? ""
                            : String.format(Locale.ROOT, "; keysmith %.2fx %s", r.median(Round::againstOther), against),
                    Stats.loadAverage());
            return 0;
        } catch (LiveException e) {
            out.println("keysmith apply: " + e.getMessage());
            return 1;
        }
    }

    public static Result measure(Model model, Design design, int items, int threads, URI against, int rounds, PrintStream log) {
        // Warm-up, not counted: the JIT compiles the client and the engine first.
        for (int i = 0; i < WARM_UP; i++) {
            once(model, design, items, 0, null);
            once(model, design, items, threads, null);
        }
        List<Round> done = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Round r;
            if (i % 2 == 0) {
                CpuMeter.Run baseline = once(model, design, items, 0, null);
                CpuMeter.Run parallel = once(model, design, items, threads, null);
                r = new Round(baseline, parallel, against == null ? null : once(model, design, items, threads, against));
            } else {
                CpuMeter.Run other = against == null ? null : once(model, design, items, threads, against);
                CpuMeter.Run parallel = once(model, design, items, threads, null);
                r = new Round(once(model, design, items, 0, null), parallel, other);
            }
            done.add(r);
            if (log != null) {
                log.printf(Locale.ROOT, "  round %d: one writer %s, %d writers %s: %.2fx%s%n", i + 1, describe(r.baseline()), threads,
                        describe(r.parallel()), r.ratio(), r.other() == null ? ""
                                : String.format(Locale.ROOT, "; %s %s (keysmith %.2fx)", against, describe(r.other()), r.againstOther()));
            }
        }
        return new Result(items, threads, done);
    }

    private static String describe(CpuMeter.Run run) {
        return String.format(Locale.ROOT, "%.0f items/s (%.2f cores busy, %.0f us CPU an item)",
                run.itemsPerSecond(), run.coresBusy(), run.cpuMicrosPerItem());
    }

    /**
     * One run: on a fresh in-memory engine, or on the other endpoint with the model's tables replaced;
     * {@code threads} 0 runs the single-threaded loop.
     */
    private static CpuMeter.Run once(Model model, Design design, int items, int threads, URI endpoint) {
        Target target = endpoint == null ? new Target.Embedded(null) : new Target.Endpoint(endpoint, "us-east-1");
        try (ApplyService service = ApplyService.open(target)) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(items).withReplace(true, null));
            service.prepareTables(plan);
            List<SeedWriter.TableItem> all = ApplyService.tableItems(plan);
            CpuMeter.Reading start = CpuMeter.now();
            long written = threads == 0 ? loop(service.client(), all)
                    : new SeedWriter(service.client(), threads).write(all, SeedListener.NONE, new CancelToken()).written();
            CpuMeter.Run run = CpuMeter.between(start, CpuMeter.now(), written);
            if (service.count(plan) != all.size() || written != all.size()) {
                throw new LiveException("the benchmark table holds " + service.count(plan) + " items, expected " + all.size());
            }
            return run;
        } catch (LiveException e) {
            throw endpoint == null ? e : new LiveException("cannot benchmark " + endpoint + ": " + e.getMessage(), e);
        }
    }

    /** The baseline: one thread, 25 items a call, unprocessed items resent at once. */
    private static long loop(DynamoDbClient client, List<SeedWriter.TableItem> items) {
        long written = 0;
        for (int i = 0; i < items.size(); i += SeedWriter.BATCH) {
            Map<String, List<WriteRequest>> pending = new LinkedHashMap<>();
            for (SeedWriter.TableItem t : items.subList(i, Math.min(items.size(), i + SeedWriter.BATCH))) {
                pending.computeIfAbsent(t.table(), k -> new ArrayList<>())
                        .add(WriteRequest.builder().putRequest(PutRequest.builder().item(t.item()).build()).build());
            }
            while (!pending.isEmpty()) {
                int sent = pending.values().stream().mapToInt(List::size).sum();
                Map<String, List<WriteRequest>> request = new LinkedHashMap<>(pending);
                BatchWriteItemResponse r = client.batchWriteItem(b -> b.requestItems(request));
                pending.clear();
                if (r.hasUnprocessedItems()) {
                    r.unprocessedItems().forEach((k, v) -> pending.put(k, new ArrayList<>(v)));
                }
                written += sent - pending.values().stream().mapToInt(List::size).sum();
            }
        }
        return written;
    }
}
