package io.keysmith.live;

import java.util.List;

/**
 * The results of verifying every access pattern, the lines saying how (the write sequence's
 * seed, steps, reads and refusals), and the totals the CLI's last line prints.
 */
public record VerifyReport(List<PatternResult> results, List<String> notes) {

    public VerifyReport {
        results = List.copyOf(results);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public VerifyReport(List<PatternResult> results) {
        this(results, List.of());
    }

    public long passed() {
        return results.stream().filter(PatternResult::passed).count();
    }

    public long failed() {
        return results.stream().filter(PatternResult::failed).count();
    }

    public long notCovered() {
        return results.size() - passed() - failed();
    }

    public String summary() {
        return passed() + " passed, " + failed() + " failed" + (notCovered() == 0 ? "" : ", " + notCovered() + " not covered");
    }
}
