package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class HotPartitionRuleTests {

    private static final String JOB = """
            {"name": "Job", "attributes": [{"name": "jobId", "type": "string", "identifier": true},
              {"name": "state", "type": "string", "values": ["QUEUED", "DONE"]},
              {"name": "queuedAt", "type": "datetime"}]}""";

    private static Design jobs(int createRate) {
        return design(model(JOB, "",
                read("AP1", "Job", "{\"attribute\": \"state\", \"op\": \"=\", \"value\": \"QUEUED\"}",
                        ", \"orderBy\": {\"attribute\": \"queuedAt\", \"direction\": \"asc\"}") + ","
                        + "{\"id\": \"AP2\", \"name\": \"queue\", \"type\": \"create\", \"entity\": \"Job\", \"rate\": " + createRate + "}"));
    }

    @Test
    void aBusySinglePartitionIndexIsShardedInsteadOfWarned() {
        Design d = jobs(5000);
        // 5,000 creates/s, half of them QUEUED (two values, no weights): 2,500 units/s on the sparse index
        assertThat(row(d, "Job").keys().get("GSI1PK")).isEqualTo("JOB#STATE#QUEUED#{#shard:8}");
        assertThat(d.warnings()).noneMatch(w -> w.code().equals("hot-partition") && w.severity().equals("warning"));
    }

    @Test
    void aQuietSinglePartitionIsOnlyNoted() {
        Design d = jobs(2);
        assertThat(d.warnings()).noneMatch(w -> w.code().equals("hot-partition") && w.severity().equals("warning"));
    }
}
