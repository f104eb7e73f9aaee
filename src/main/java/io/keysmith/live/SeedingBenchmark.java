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
 * 25-item BatchWriteItem calls, measured in the same run on fresh embedded DynamoDB Local
 * servers, alternating the two and keeping the best of each.
 */
public final class SeedingBenchmark {

    private static final int ROUNDS = 2;

    private SeedingBenchmark() {
    }

    /** Items per second of each writer and their ratio. */
    public record Result(int items, int threads, double baseline, double parallel) {
        public double ratio() {
            return parallel / baseline;
        }
    }

    /** Prints the figures; the CLI's {@code apply MODEL --bench-seeding}. */
    public static int run(Model model, Design design, int items, PrintStream out) {
        try {
            out.println("Seeding benchmark: " + items + " instances, embedded DynamoDB Local, "
                    + Runtime.getRuntime().availableProcessors() + " cores");
            Result r = measure(model, design, items, ApplyOptions.defaultThreads(), out);
            out.printf("baseline (1 thread, 25-item BatchWriteItem loop): %.0f items/s%n", r.baseline());
            out.printf("parallel writer (%d threads): %.0f items/s%n", r.threads(), r.parallel());
            out.printf("ratio: %.2fx%n", r.ratio());
            return 0;
        } catch (LiveException e) {
            out.println("keysmith apply: " + e.getMessage());
            return 1;
        }
    }

    public static Result measure(Model model, Design design, int items, int threads, PrintStream log) {
        double baseline = 0;
        double parallel = 0;
        for (int round = 0; round < ROUNDS; round++) {
            baseline = Math.max(baseline, once(model, design, items, 0));
            parallel = Math.max(parallel, once(model, design, items, threads));
            if (log != null) {
                log.printf("  round %d: baseline %.0f items/s, parallel %.0f items/s%n", round + 1, baseline, parallel);
            }
        }
        return new Result(items, threads, baseline, parallel);
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
