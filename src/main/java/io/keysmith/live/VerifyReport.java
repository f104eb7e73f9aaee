package io.keysmith.live;

import java.util.List;

/** The results of verifying every access pattern, with the totals the CLI's last line prints. */
public record VerifyReport(List<PatternResult> results) {

    public VerifyReport {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(PatternResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
