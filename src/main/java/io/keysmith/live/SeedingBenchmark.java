package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Seeding throughput of the parallel {@link SeedWriter} against a single-threaded loop of
 * 25-item BatchWriteItem calls, on fresh embedded DynamoDB Local servers: a warm-up, then
 * interleaved baseline/parallel rounds, so that a noisy machine slows both alike; the verdict is
 * the median of the rounds' ratios.
 */
public final class SeedingBenchmark {

    static final int ROUNDS = 5;

    private SeedingBenchmark() {
    }

    /** One round: items per second of each writer, measured back to back. */
    public record Round(double baseline, double parallel) {
        public double ratio() {
            return parallel / baseline;
        }
    }

    /** The rounds of a run and the median of their ratios. */
    public record Result(int items, int threads, List<Round> rounds) {
        public double medianRatio() {
            return Stats.median(rounds.stream().map(Round::ratio).toList());
        }
    }

    /** Prints the figures; the CLI's {@code apply MODEL --bench-seeding}. */
    public static int run(Model model, Design design, int items, int threads, PrintStream out) {
        try {
            out.println("Seeding benchmark: " + items + " instances, embedded DynamoDB Local, "
                    + Runtime.getRuntime().availableProcessors() + " cores, " + threads + " writer threads; "
                    + Stats.loadAverage());
            Result r = measure(model, design, items, threads, out);
            out.printf("median ratio over %d rounds: %.2fx (%s)%n", r.rounds().size(), r.medianRatio(), Stats.loadAverage());
            return 0;
        } catch (LiveException e) {
            out.println("keysmith apply: " + e.getMessage());
            return 1;
        }
    }

    public static Result measure(Model model, Design design, int items, int threads, PrintStream log) {
        // Warm-up, not counted: the JIT compiles the client and DynamoDB Local first.
        once(model, design, items, 0);
        once(model, design, items, threads);
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            Round r = new Round(once(model, design, items, 0), once(model, design, items, threads));
            rounds.add(r);
            if (log != null) {
                log.printf("  round %d: baseline %.0f items/s, parallel %.0f items/s, ratio %.2fx%n",
                        i + 1, r.baseline(), r.parallel(), r.ratio());
            }
        }
        return new Result(items, threads, rounds);
    }

    /** Items per second on a fresh in-memory server; {@code threads} 0 runs the single-threaded loop. */
    private static double once(Model model, Design design, int items, int threads) {
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(items));
            service.prepareTables(plan);
            List<SeedWriter.TableItem> all = ApplyService.tableItems(plan);
            long start = System.nanoTime();
            long written = threads == 0 ? loop(service.client(), all)
                    : new SeedWriter(service.client(), threads).write(all, SeedListener.NONE, new CancelToken()).written();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (service.count(plan) != all.size() || written != all.size()) {
                throw new LiveException("the benchmark table holds " + service.count(plan) + " items, expected " + all.size());
            }
            return written / seconds;
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
