package io.keysmith.live;

import io.keysmith.data.RenderedItem;
import io.keysmith.design.ItemRow;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import java.util.Map;

/**
 * One read of a pattern, run by {@link PlanRunner} and compared with the model's answer over a set
 * of instances ({@link AnswerComparison}), and each returned item with the item the design says
 * that instance has ({@link ItemContent}): the check the seeded table gets and the one every
 * write of the sequence is followed by.
 */
final class ReadProbe {

    /** What a read returned and why it differs from the model's answer (null when it does not). */
    record Checked(PlanRunner.Run run, String problem) {
    }

    private final PlanRunner runner;
    private final SeededItems items;
    private final AnswerComparison comparison;
    private final boolean contents;

    /** {@code contents}: also compare each returned item's attributes with the rendered item. */
    ReadProbe(PlanRunner runner, SeededItems items, AnswerComparison comparison, boolean contents) {
        this.runner = runner;
        this.items = items;
        this.comparison = comparison;
        this.contents = contents;
    }

    Checked check(AccessPattern p, PatternPlan pp, Map<String, Object> params) {
        ItemRow row = items.embedded().rowOf(p.entity());
        // an embedded entity is read through its host's items, the entries picked from their maps
        String stored = row == null ? p.entity() : row.embeddedIn();
        PlanRunner.Run run = runner.run(pp, p, params, r -> items.isOf(r, stored));
        if (run.problem() != null) {
            return new Checked(run, run.problem());
        }
        if (contents) {
            String stale = contents(pp, run);
            if (stale != null) {
                return new Checked(run, stale);
            }
        }
        return new Checked(run, row != null ? comparison.embeddedDifferences(p, pp, params, row, run.items())
                : comparison.differences(p, pp, params, run.items()));
    }

    /** The first returned item whose attributes are not those the model's instance gives it. */
    private String contents(PatternPlan pp, PlanRunner.Run run) {
        boolean whole = pp.index() == null && (pp.requests() == null || pp.requests().stream().allMatch(r -> r.index() == null));
        for (PlanRunner.Returned r : run.items()) {
            RenderedItem expected = items.lookup(r);
            if (expected == null) {
                continue; // AnswerComparison names items that should not be there
            }
            String problem = ItemContent.differences(r.item(), expected, whole);
            if (problem != null) {
                return "the " + expected.instance().entity() + " item " + PrimaryKey.of(items.design(), expected) + " " + problem;
            }
        }
        return null;
    }
}
