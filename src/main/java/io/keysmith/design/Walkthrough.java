package io.keysmith.design;

import io.keysmith.design.rules.Rule;
import io.keysmith.design.rules.RuleCatalog;
import io.keysmith.model.Model;
import io.keysmith.model.TableStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the engine's rules one at a time and keeps the table as it stands after each, so a
 * learner can see what every step changed. Runs the same rules as {@link DesignEngine#design}.
 */
public final class Walkthrough {

    /**
     * The steps one rule recorded and the table after it; {@code changed} holds the ids of the
     * rows that differ from the previous stage (see {@link TableSnapshot.Row#id()}).
     */
    public record Stage(String rule, List<Step> steps, TableSnapshot table, Set<String> changed) {

        public Stage {
            steps = List.copyOf(steps);
            changed = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
        }
    }

    private Walkthrough() {
    }

    /** The stages in rule order; a rule that records no step is folded into the next stage. */
    static List<Stage> of(Model model, TableStyle style) {
        DesignState state = new DesignState(model, style);
        TableSnapshot previous = TableSnapshot.of(state);
        List<Stage> stages = new ArrayList<>();
        for (Rule rule : RuleCatalog.rules()) {
            int before = state.steps().size();
            rule.apply(state);
            if (state.steps().size() == before) {
                continue;
            }
            TableSnapshot now = TableSnapshot.of(state);
            stages.add(new Stage(rule.id(), state.steps().subList(before, state.steps().size()), now,
                    now.changedSince(previous)));
            previous = now;
        }
        return stages;
    }
}
