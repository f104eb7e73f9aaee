package io.keysmith.live;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time spent by this process and by the embedded local engine's storage thread, so that the
 * seeding benchmark can say how much faster any writer could possibly be on this machine: both
 * the writer and the server run on the same cores, and a server that stores every item on one
 * thread cannot go faster than that thread.
 */
final class CpuMeter {

    /**
     * The name (prefix) of the engine's storage thread, if it has one; without such a thread the
     * storage figures are NaN and the benchmark prints no ceiling.
     */
    static final String STORAGE_THREAD = "keysmith-storage";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuMeter() {
    }

    /** CPU nanoseconds so far, of the whole process and of the storage thread; -1 where the JVM cannot tell or no such thread runs. */
    record Reading(long wallNanos, long processNanos, long storageNanos) {
    }

    /** What one writer run cost: items per second, cores kept busy, share of the time the storage thread was busy. */
    record Run(double itemsPerSecond, double coresBusy, double storageBusy) {
        double cpuMicrosPerItem() {
            return coresBusy / itemsPerSecond * 1e6;
        }
    }

    static Reading now() {
        return new Reading(System.nanoTime(), processNanos(), storageNanos());
    }

    static Run between(Reading start, Reading end, long items) {
        double wall = end.wallNanos() - start.wallNanos();
        return new Run(items / (wall / 1e9), share(start.processNanos(), end.processNanos(), wall),
                share(start.storageNanos(), end.storageNanos(), wall));
    }

    private static double share(long from, long to, double wall) {
        return from < 0 || to < 0 ? Double.NaN : (to - from) / wall;
    }

    private static long processNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long storageNanos() {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return -1;
        }
        long sum = -1;
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith(STORAGE_THREAD)) {
                sum = Math.max(0, sum) + Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }
}
