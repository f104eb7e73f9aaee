package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
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
    void aBusySinglePartitionIndexIsWarnedWithWriteShardingAsRemedy() {
        Design d = jobs(5000);
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("hot-partition") && (w.severity().equals("warning") || w.severity().equals("error"))
                && w.remedy().contains("write sharding") && w.message().contains("JOB#STATE#QUEUED"));
        assertThat(step(d, "hot-partition").fired()).isTrue();
    }

    @Test
    void aQuietSinglePartitionIsOnlyNoted() {
        Design d = jobs(2);
        assertThat(d.warnings()).noneMatch(w -> w.code().equals("hot-partition") && w.severity().equals("warning"));
    }
}
