package io.keysmith.design.program;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One sentence per program for the plan's verdict: the requests in order, as a reader follows them. */
public final class ProgramSummary {

    private ProgramSummary() {
    }

    public static String describe(List<ProgramRequest> steps) {
        List<String> out = new ArrayList<>();
        for (ProgramRequest r : steps) {
            out.add(one(r));
        }
        return String.join(", then ", out);
    }

    private static String one(ProgramRequest r) {
        if (r.operation() == Operation.TRANSACT_WRITE_ITEMS) {
            return "TransactWriteItems [" + r.parts().stream().map(ProgramSummary::one).collect(Collectors.joining("; ")) + "]";
        }
        if (r.operation() == Operation.BATCH_WRITE_ITEM) {
            return "BatchWriteItem for each item of " + r.forEach() + " ["
                    + r.parts().stream().map(ProgramSummary::one).collect(Collectors.joining("; ")) + "]: " + r.purpose();
        }
        String on = r.index() == null ? "" : " on " + r.index();
        String when = r.ifChanged() != null ? " (when " + String.join(", ", r.ifChanged()) + " changes)"
                : r.ifUnchanged() != null ? " (when " + String.join(", ", r.ifUnchanged()) + " stays)" : "";
        String each = r.forEach() != null ? " for each item of " + r.forEach() : "";
        return r.operation().json() + on + each + ": " + r.purpose() + when;
    }
}
