package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.Model;
import java.net.URI;
import java.util.ArrayList;
import java.util.Map;

/**
 * Runs a write pattern's own program (the design's write plan) on an endpoint, as {@code apply
 * --verify} does, for tests outside this package that compare another writer with it.
 */
public final class DesignWrites implements AutoCloseable {

    private final Connection connection;
    private final ProgramRunner runner;
    private final Design design;

    public DesignWrites(URI endpoint, Model model, Design design) {
        this.connection = Connection.open(new Target.Endpoint(endpoint, "us-east-1"));
        this.runner = new ProgramRunner(connection.client(), design, model);
        this.design = design;
    }

    /** True when the program did its writes, false when it refused them (a failed condition, a missing item). */
    public boolean run(String pattern, Map<String, Object> params) {
        PatternPlan plan = design.accessPatterns().stream().filter(p -> p.id().equals(pattern)).findFirst().orElseThrow();
        return runner.run(plan.program(), params, new ArrayList<>()) == ProgramRunner.Outcome.DONE;
    }

    @Override
    public void close() {
        connection.close();
    }
}
