package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class EmbedBoundedChildrenRuleTests {

    private static final String ENTITIES = """
            {"name": "Device", "attributes": [{"name": "deviceId", "type": "string", "identifier": true}]},
            {"name": "Sensor", "attributes": [{"name": "sensorId", "type": "string", "identifier": true},
              {"name": "deviceId", "type": "string"}]}""";
    private static final String BOUNDED = """
            {"from": "Device", "to": "Sensor", "cardinality": "one-to-many", "foreignKey": "deviceId", "maxChildren": 16}""";

    @Test
    void boundedChildrenOnlyReadWithTheirParentAreOfferedForEmbedding() {
        Design d = design(model(ENTITIES, BOUNDED, read("AP1", "Device", eq("deviceId"), ", \"include\": [\"Sensor\"]")));
        assertThat(step(d, "embed-bounded-children").fired()).isTrue();
        assertThat(d.denormalizations()).anyMatch(x -> x.kind().equals("embed-option") && x.entity().equals("Sensor"));
    }

    @Test
    void childrenReadOnTheirOwnStaySeparate() {
        Design d = design(model(ENTITIES, BOUNDED, read("AP1", "Device", eq("deviceId"), ", \"include\": [\"Sensor\"]")
                + "," + read("AP2", "Sensor", eq("sensorId"))));
        assertThat(step(d, "embed-bounded-children").fired()).isFalse();
        assertThat(step(d, "embed-bounded-children").changes()).anyMatch(c -> c.contains("not embedded because patterns AP2"));
    }
}
