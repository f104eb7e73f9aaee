package io.keysmith.live.bench;

import io.keysmith.live.Connection;
import io.keysmith.live.LiveException;
import io.keysmith.live.Stats;
import io.keysmith.live.Target;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code keysmith bench --engine}: the local engine's speed and memory, as ratios against baselines
 * measured in the same run: parallel writers against one writer, and (with {@code --against URL})
 * the engine against another DynamoDB-compatible endpoint, such as dynalite, loading the same items.
 * Then the heap that holds a large table and the latency of a query page in a large partition.
 */
public final class EngineBenchmark {

    /**
     * What to measure: item counts, writer threads, rounds, query pages timed (and as many GetItems) and the
     * endpoint to compare with (null: none).
     */
    public record Options(int items, int threads, int rounds, int memoryItems, int hotItems, int queries, URI against) {
    }

    private EngineBenchmark() {
    }

    public static int run(Options o, PrintStream out) {
        out.printf(Locale.ROOT, "Engine benchmark: %d items of about 300 bytes, 2 GSIs, BatchWriteItem over HTTP;"
                + " %d cores, %d writer threads; %s%n", o.items(), Runtime.getRuntime().availableProcessors(), o.threads(),
                Stats.loadAverage());
        // Seeding spreads the items over many partitions, as seed data does: one partition would serialize the
        // writers on its lock stripe. The hot partition is only for the query figure, below.
        SyntheticItems items = new SyntheticItems(0);
        // warm-up, not counted: the JIT compiles the client, the server and the engine first
        int warmUp = Math.min(o.items(), 20_000);
        fresh(items, warmUp, o.threads());
        fresh(items, warmUp, 1);
        if (o.against() != null) {
            against(o.against(), items, warmUp, o.threads());
        }
        List<Double> parallelRatios = new ArrayList<>();
        List<Double> againstRatios = new ArrayList<>();
        for (int round = 1; round <= o.rounds(); round++) {
            // alternate the order, so that a JVM still warming up favours neither side
            double one = round % 2 == 1 ? fresh(items, o.items(), 1) : Double.NaN;
            double many = fresh(items, o.items(), o.threads());
            if (round % 2 == 0) {
                one = fresh(items, o.items(), 1);
            }
            parallelRatios.add(many / one);
            String line = String.format(Locale.ROOT, "  round %d: keysmith 1 writer %.0f items/s, %d writers %.0f items/s (%.2fx)",
                    round, one, o.threads(), many, many / one);
            if (o.against() != null) {
                double other = against(o.against(), items, o.items(), o.threads());
                againstRatios.add(many / other);
                line += String.format(Locale.ROOT, "; %s %d writers %.0f items/s (keysmith %.2fx)", o.against(), o.threads(), other, many / other);
            }
            out.println(line);
        }
        out.printf(Locale.ROOT, "median over %d rounds: %d writers %.2fx one writer (goal 1.6x)%s%n", o.rounds(), o.threads(),
                Stats.median(parallelRatios), o.against() == null ? ""
                        : String.format(Locale.ROOT, "; keysmith %.2fx %s (goal 5x)", Stats.median(againstRatios), o.against()));
        if (o.memoryItems() > 0) {
            memory(o, out);
        }
        return 0;
    }

    /** Items per second into a fresh in-process engine. */
    private static double fresh(SyntheticItems items, int count, int threads) {
        try (Connection c = Connection.open(new Target.Embedded(null))) {
            BenchTable.recreate(c.client());
            return BatchLoader.load(c.client(), items, count, threads);
        }
    }

    private static double against(URI endpoint, SyntheticItems items, int count, int threads) {
        try (Connection c = Connection.open(new Target.Endpoint(endpoint, "us-east-1"))) {
            BenchTable.recreate(c.client());
            double rate = BatchLoader.load(c.client(), items, count, threads);
            c.client().deleteTable(b -> b.tableName(SyntheticItems.TABLE));
            return rate;
        } catch (RuntimeException e) {
            throw new LiveException("cannot benchmark " + endpoint + ": " + e.getMessage(), e);
        }
    }

    /** Heap held by a table of {@code memoryItems} items, then query pages from its largest partition. */
    private static void memory(Options o, PrintStream out) {
        SyntheticItems items = new SyntheticItems(Math.min(o.hotItems(), o.memoryItems()));
        long before = usedHeapAfterGc();
        try (Connection c = Connection.open(new Target.Embedded(null))) {
            BenchTable.recreate(c.client());
            double rate = BatchLoader.load(c.client(), items, o.memoryItems(), o.threads());
            long held = usedHeapAfterGc() - before;
            out.printf(Locale.ROOT, "memory: %d items loaded at %.0f items/s, held in %.0f MB of heap (%.0f bytes an item;"
                    + " goal under 1.5 GB for 1,000,000)%n", o.memoryItems(), rate, held / 1e6, (double) held / o.memoryItems());
            QueryLatency.Figures q = QueryLatency.measure(c.client(), Math.min(o.hotItems(), o.memoryItems()), 100, o.queries());
            out.printf(Locale.ROOT, "query: %d pages of 100 items at random places of a %d-item partition: p50 %.2f ms,"
                    + " p99 %.2f ms, max %.2f ms (goal p99 under 2 ms); after %d pages of warm-up; %s%n", q.queries(),
                    Math.min(o.hotItems(), o.memoryItems()), q.p50Micros() / 1000, q.p99Micros() / 1000, q.maxMicros() / 1000,
                    q.warmUp(), Stats.loadAverage());
            out.printf(Locale.ROOT, "  baseline in the same run: GetItem of one item p50 %.2f ms, p99 %.2f ms"
                    + " (the floor that client, HTTP and load set); query p99 %.2fx GetItem p99%n", q.getP50Micros() / 1000,
                    q.getP99Micros() / 1000, q.p99Micros() / q.getP99Micros());
            out.printf(Locale.ROOT, "  work a request takes, client and engine together: a page %.0f us CPU, %.0f KB allocated;"
                    + " a GetItem %.0f us CPU, %.0f KB allocated%n", q.page().cpuMicros(), q.page().allocatedBytes() / 1024,
                    q.get().cpuMicros(), q.get().allocatedBytes() / 1024);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
