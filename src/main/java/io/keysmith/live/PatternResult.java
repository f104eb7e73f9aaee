package io.keysmith.live;

/**
 * The verdict on one access pattern run against the live table: pass or fail with the reason,
 * items returned, read or write capacity consumed and latency, over all parameter sets tried.
 */
public record PatternResult(String id, String name, String type, boolean passed, int items, double capacity,
        double millis, String detail) {

    /** One line for the CLI: {@code PASS AP3 Query ...}. */
    public String line() {
        return String.format("%s %-5s %-6s items=%-4d capacity=%.1f latency=%.1fms  %s%s", passed ? "PASS" : "FAIL", id,
                type, items, capacity, millis, name, detail == null || detail.isEmpty() ? "" : " -- " + detail);
    }
}
