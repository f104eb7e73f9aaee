package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class CapacityRuleTests {

    private static final String DOC = """
            {"name": "Doc", "attributes": [{"name": "docId", "type": "string", "identifier": true},
              {"name": "owner", "type": "string"}], "itemSizeBytes": 10000, "count": 1000000}""";

    @Test
    void readUnitsFollowItemSizeAndConsistency() {
        Design d = design(model(DOC, "",
                read("AP1", "Doc", eq("docId"), ", \"rate\": 100") + ","
                        + read("AP2", "Doc", eq("docId"), ", \"consistency\": \"strong\"")));
        assertThat(plan(d, "AP1").readUnits()).isEqualTo(1.5);
        assertThat(plan(d, "AP2").readUnits()).isEqualTo(3.0);
        assertThat(d.cost().readUnitsPerSecond()).isEqualTo(153.0);
        // 153 units/s for a month at $0.125 per million read units
        assertThat(d.cost().onDemandMonthly()).isCloseTo(153 * 730 * 3600 / 1e6 * 0.125, within(0.01));
        assertThat(step(d, "capacity-and-cost").changes()).anyMatch(c -> c.contains("153.0 read units/s"));
    }

    @Test
    void writesPayForEveryIndexThatHoldsTheItem() {
        Design d = design(model(DOC, "",
                read("AP1", "Doc", eq("docId")) + "," + read("AP2", "Doc", eq("owner")) + ","
                        + "{\"id\": \"AP3\", \"name\": \"add\", \"type\": \"create\", \"entity\": \"Doc\", \"rate\": 10}"));
        assertThat(plan(d, "AP3").writeUnits()).isEqualTo(20.0);
        assertThat(d.cost().writeUnitsPerSecond()).isEqualTo(200.0);
        assertThat(d.cost().storageGb()).isEqualTo(20.0);
    }
}
