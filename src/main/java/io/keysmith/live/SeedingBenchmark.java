package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Seeding throughput of the parallel {@link SeedWriter} against a single-threaded loop of
 * 25-item BatchWriteItem calls, on fresh embedded local engines: a warm-up, then
 * interleaved baseline/parallel rounds, so that a noisy machine slows both alike, in alternating
 * order, so that a JVM still getting faster favours neither; the verdict is the median of the
 * rounds' ratios.
 */
public final class SeedingBenchmark {

    static final int ROUNDS = 5;
    static final int WARM_UP = 3;

    private SeedingBenchmark() {
    }

    /** One round: the baseline's run and the parallel writer's, measured back to back. */
    public record Round(CpuMeter.Run baseline, CpuMeter.Run parallel) {
        public double ratio() {
            return parallel.itemsPerSecond() / baseline.itemsPerSecond();
        }

        /**
         * The most any writer could gain over this baseline (Amdahl): when the engine stores every
         * item on one thread, a run cannot take less time than that thread worked in the
         * baseline, as long as its work per item stays the same (a round whose baseline was
         * slowed by a pause can beat it). NaN when the JVM cannot measure the thread or there is none.
         */
        public double ceiling() {
            return 1 / baseline.storageBusy();
        }
    }

    /** The rounds of a run, the median of their ratios and of their ceilings. */
    public record Result(int items, int threads, List<Round> rounds) {
        public double medianRatio() {
            return median(Round::ratio);
        }

        public double medianCeiling() {
            return median(Round::ceiling);
        }

        public double median(ToDoubleFunction<Round> figure) {
            return Stats.median(rounds.stream().map(figure::applyAsDouble).toList());
        }
    }

    /** Prints the figures; the CLI's {@code apply MODEL --bench-seeding}. */
    public static int run(Model model, Design design, int items, int threads, PrintStream out) {
        try {
            int cores = Runtime.getRuntime().availableProcessors();
            out.println("Seeding benchmark: " + items + " instances, Keysmith's local engine embedded, "
                    + cores + " cores, " + threads + " writer threads; " + Stats.loadAverage());
            Result r = measure(model, design, items, threads, ROUNDS, out);
            out.printf("median ratio over %d rounds: %.2fx (%s)%n", r.rounds().size(), r.medianRatio(), Stats.loadAverage());
            out.printf("ceiling: %.2fx. The engine's storage thread was busy %.0f%% of the baseline's"
                    + " time and %.0f%% of the parallel writer's; the writer and the server share %d cores, and the parallel"
                    + " run kept %.2f of them busy (medians over the rounds)%n",
                    r.medianCeiling(), 100 * r.median(x -> x.baseline().storageBusy()),
                    100 * r.median(x -> x.parallel().storageBusy()), cores, r.median(x -> x.parallel().coresBusy()));
            return 0;
        } catch (LiveException e) {
            out.println("keysmith apply: " + e.getMessage());
            return 1;
        }
    }

    public static Result measure(Model model, Design design, int items, int threads, int rounds, PrintStream log) {
        // Warm-up, not counted: the JIT compiles the client and the engine first. One pair was
        // not enough: baselines still got 2x faster over the next rounds.
        for (int i = 0; i < WARM_UP; i++) {
            once(model, design, items, 0);
            once(model, design, items, threads);
        }
        List<Round> done = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Round r;
            if (i % 2 == 0) {
                CpuMeter.Run baseline = once(model, design, items, 0);
                r = new Round(baseline, once(model, design, items, threads));
            } else {
                CpuMeter.Run parallel = once(model, design, items, threads);
                r = new Round(once(model, design, items, 0), parallel);
            }
            done.add(r);
            if (log != null) {
                log.printf("  round %d: baseline %s, parallel %s, ratio %.2fx, ceiling %.2fx%n",
                        i + 1, describe(r.baseline()), describe(r.parallel()), r.ratio(), r.ceiling());
            }
        }
        return new Result(items, threads, done);
    }

    private static String describe(CpuMeter.Run run) {
        return String.format("%.0f items/s (%.2f cores busy, %.0f us CPU an item, storage thread busy %.0f%%)",
                run.itemsPerSecond(), run.coresBusy(), run.cpuMicrosPerItem(), 100 * run.storageBusy());
    }

    /** One run on a fresh in-memory server; {@code threads} 0 runs the single-threaded loop. */
    private static CpuMeter.Run once(Model model, Design design, int items, int threads) {
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(items));
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
