package io.keysmith.live;

import java.lang.management.ManagementFactory;

/**
 * CPU time spent by this process during a writer run, so that the seeding benchmark can say how
 * many of the machine's cores a run kept busy: the writer and the embedded engine share them.
 */
final class CpuMeter {

    private CpuMeter() {
    }

    /** Wall and process CPU nanoseconds at one moment; CPU -1 where the JVM cannot tell. */
    record Reading(long wallNanos, long processNanos) {
    }

    /** What one writer run achieved: items per second and cores kept busy. */
    record Run(double itemsPerSecond, double coresBusy) {
        double cpuMicrosPerItem() {
            return coresBusy / itemsPerSecond * 1e6;
        }
    }

    static Reading now() {
        return new Reading(System.nanoTime(), processNanos());
    }

    static Run between(Reading start, Reading end, long items) {
        double wall = end.wallNanos() - start.wallNanos();
        double cpu = start.processNanos() < 0 || end.processNanos() < 0 ? Double.NaN
                : (end.processNanos() - start.processNanos()) / wall;
        return new Run(items / (wall / 1e9), cpu);
    }

    private static long processNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
