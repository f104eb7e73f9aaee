package io.keysmith.live;

/**
 * The verdict on one access pattern run against the live table: pass, fail or not covered with
 * the reason, items returned, read or write capacity consumed and latency, over all parameter
 * sets (or write steps) tried.
 */
public record PatternResult(String id, String name, String type, Verdict verdict, int items, double capacity,
        double millis, String detail) {

    /** Whether the pattern was proven, disproven, or could not be exercised. */
    public enum Verdict {
        PASS,
        FAIL,
        NOT_COVERED
    }

    public PatternResult(String id, String name, String type, boolean passed, int items, double capacity, double millis,
            String detail) {
        this(id, name, type, passed ? Verdict.PASS : Verdict.FAIL, items, capacity, millis, detail);
    }

    static PatternResult notCovered(String id, String name, String type, String why) {
        return new PatternResult(id, name, type, Verdict.NOT_COVERED, 0, 0, 0, "not covered: " + why);
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    public boolean failed() {
        return verdict == Verdict.FAIL;
    }

    /** One line for the CLI: {@code PASS AP3 Query ...}; SKIP for a pattern not covered. */
    public String line() {
        String word = switch (verdict) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case NOT_COVERED -> "SKIP";
        };
        return String.format("%s %-5s %-6s items=%-4d capacity=%.1f latency=%.1fms  %s%s", word, id,
                type, items, capacity, millis, name, detail == null || detail.isEmpty() ? "" : " -- " + detail);
    }
}
