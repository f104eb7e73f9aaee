package io.keysmith.live.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import io.keysmith.live.LiveException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Round-trip latency of one page (Limit {@code page}) read at a random place of the hot partition, after a
 * warm-up long enough for the JIT, with a one-item GetItem measured alongside as the same run's baseline: the
 * floor that the client, HTTP and the machine's load set for any request.
 */
final class QueryLatency {

    private static final int WARM_UP_BATCH = 250;
    private static final int MIN_WARM_UP_BATCHES = 4;
    private static final int MAX_WARM_UP_BATCHES = 80;
    /** A batch during which the JIT compiled for less than this share of its time leaves the JIT settled. */
    private static final double JIT_QUIET_SHARE = 0.02;

    /** Latency percentiles in microseconds, of the query pages and of the GetItem baseline, and the work each takes. */
    record Figures(int queries, int warmUp, double p50Micros, double p99Micros, double maxMicros,
            double getP50Micros, double getP99Micros, Work page, Work get) {
    }

    /**
     * What one request costs the whole process (client and engine together), averaged over requests run back to
     * back: CPU time and bytes allocated (NaN where the JVM does not report them). Unlike the latency tail, these
     * hardly move with the machine's load, so they show a change in the work a request does.
     */
    record Work(double cpuMicros, double allocatedBytes) {
    }

    private QueryLatency() {
    }

    static Figures measure(DynamoDbClient client, int hotItems, int page, int queries) {
        SplittableRandom random = new SplittableRandom(42);
        int warmUp = warmUp(client, random, hotItems, page);
        long[] micros = new long[queries];
        long[] getMicros = new long[queries];
        for (int i = 0; i < queries; i++) {
            // interleaved, so that both see the same moments of the machine's load
            micros[i] = timedPage(client, random.nextInt(hotItems), page, hotItems);
            getMicros[i] = timedGet(client, random.nextInt(hotItems));
        }
        Arrays.sort(micros);
        Arrays.sort(getMicros);
        int worked = Math.min(queries, 1000);
        Work pageWork = work(worked, () -> timedPage(client, random.nextInt(hotItems), page, hotItems));
        Work getWork = work(worked, () -> timedGet(client, random.nextInt(hotItems)));
        return new Figures(queries, warmUp, micros[queries / 2], p99(micros), micros[queries - 1],
                getMicros[queries / 2], p99(getMicros), pageWork, getWork);
    }

    private static Work work(int requests, Runnable request) {
        var os = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean o ? o : null;
        var threads = ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled() ? t : null;
        long cpu = os == null ? 0 : os.getProcessCpuTime();
        long allocated = threads == null ? 0 : threads.getTotalThreadAllocatedBytes();
        for (int i = 0; i < requests; i++) {
            request.run();
        }
        double cpuMicros = os == null || cpu < 0 ? Double.NaN : (os.getProcessCpuTime() - cpu) / 1000.0 / requests;
        double bytes = threads == null ? Double.NaN : (double) (threads.getTotalThreadAllocatedBytes() - allocated) / requests;
        return new Work(cpuMicros, bytes);
    }

    /**
     * Reads pages until the JIT has compiled the client, server and engine: until it has compiled (almost) nothing
     * during two batches in a row, or, where the JVM does not report compile time, until a batch's median stops
     * improving on the best so far by more than 5% three times in a row. Returns the pages read.
     */
    private static int warmUp(DynamoDbClient client, SplittableRandom random, int hotItems, int page) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long best = Long.MAX_VALUE;
        int settled = 0;
        int batches = 0;
        long[] batch = new long[WARM_UP_BATCH];
        while (batches < MAX_WARM_UP_BATCHES && (batches < MIN_WARM_UP_BATCHES || settled < (jitTimed ? 2 : 3))) {
            long compiled = jitTimed ? jit.getTotalCompilationTime() : 0;
            long start = System.nanoTime();
            for (int i = 0; i < batch.length; i++) {
                batch[i] = timedPage(client, random.nextInt(hotItems), page, hotItems);
                timedGet(client, random.nextInt(hotItems));
            }
            boolean flat;
            if (jitTimed) {
                long batchMillis = (System.nanoTime() - start) / 1_000_000;
                flat = jit.getTotalCompilationTime() - compiled <= JIT_QUIET_SHARE * batchMillis;
            } else {
                Arrays.sort(batch);
                long median = batch[batch.length / 2];
                flat = median >= best * 0.95;
                best = Math.min(best, median);
            }
            settled = flat ? settled + 1 : 0;
            batches++;
        }
        return batches * WARM_UP_BATCH;
    }

    private static long p99(long[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.99) - 1];
    }

    private static long timedPage(DynamoDbClient client, int from, int limit, int hotItems) {
        long start = System.nanoTime();
        QueryResponse r = client.query(b -> b.tableName(SyntheticItems.TABLE).limit(limit)
                .keyConditionExpression("PK = :p AND SK >= :s")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(SyntheticItems.HOT_PARTITION),
                        ":s", AttributeValue.fromS(SyntheticItems.sortKey(from)))));
        long micros = (System.nanoTime() - start) / 1000;
        if (r.count() != Math.min(limit, hotItems - from)) {
            throw new LiveException("a query page read " + r.count() + " items, expected " + Math.min(limit, hotItems - from));
        }
        return micros;
    }

    private static long timedGet(DynamoDbClient client, int at) {
        long start = System.nanoTime();
        boolean found = client.getItem(b -> b.tableName(SyntheticItems.TABLE)
                .key(Map.of("PK", AttributeValue.fromS(SyntheticItems.HOT_PARTITION), "SK", AttributeValue.fromS(SyntheticItems.sortKey(at)))))
                .hasItem();
        long micros = (System.nanoTime() - start) / 1000;
        if (!found) {
            throw new LiveException("GetItem did not find item " + at + " of the hot partition");
        }
        return micros;
    }
}
