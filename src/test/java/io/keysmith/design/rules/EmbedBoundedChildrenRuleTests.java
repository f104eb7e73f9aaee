package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.row;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.ItemRow;
import io.keysmith.design.PatternPlan;
import org.junit.jupiter.api.Test;

class EmbedBoundedChildrenRuleTests {

    private static final String ENTITIES = """
            {"name": "Device", "attributes": [{"name": "deviceId", "type": "string", "identifier": true}]},
            {"name": "Sensor", "attributes": [{"name": "sensorId", "type": "string", "identifier": true},
              {"name": "deviceId", "type": "string"}]}""";
    private static final String BOUNDED = """
            {"from": "Device", "to": "Sensor", "cardinality": "one-to-many", "foreignKey": "deviceId", "maxChildren": 16}""";

    private static final String REMOVE_SENSOR = """
            {"id": "AP9", "name": "remove", "type": "delete", "entity": "Sensor",
             "where": [{"attribute": "deviceId", "op": "="}, {"attribute": "sensorId", "op": "="}]}""";

    @Test
    void boundedChildrenOnlyReadWithTheirParentAreEmbeddedInIt() {
        Design d = design(model(ENTITIES, BOUNDED, read("AP1", "Device", eq("deviceId"), ", \"include\": [\"Sensor\"]")
                + "," + REMOVE_SENSOR));
        assertThat(step(d, "embed-bounded-children").fired()).isTrue();
        ItemRow sensor = d.tables().get(0).items().stream().filter(r -> r.entity().equals("Sensor")).findFirst().orElseThrow();
        assertThat(sensor.embeddedIn()).isEqualTo("Device");
        assertThat(sensor.kind()).isEqualTo("embedded");
        assertThat(sensor.keys()).isEmpty();
        assertThat(d.denormalizations()).anyMatch(x -> x.kind().equals("embedded") && x.entity().equals("Sensor"));
        PatternPlan read = plan(d, "AP1");
        assertThat(read.operation()).isEqualTo("GetItem");
        assertThat(read.verdict()).contains("Sensor comes embedded in the Device item");
        PatternPlan remove = plan(d, "AP9");
        assertThat(remove.operation()).isEqualTo("UpdateItem");
        assertThat(remove.keyCondition().get("PK").value()).isEqualTo(row(d, "Device").keys().get("PK"));
        assertThat(remove.updateExpression()).isEqualTo("REMOVE #sensors.#sensorId");
    }

    @Test
    void childrenCreatedOnTheirOwnStaySeparate() {
        Design d = design(model(ENTITIES, BOUNDED, read("AP1", "Device", eq("deviceId"), ", \"include\": [\"Sensor\"]")
                + ", {\"id\": \"AP2\", \"name\": \"add\", \"type\": \"create\", \"entity\": \"Sensor\"}"));
        assertThat(step(d, "embed-bounded-children").fired()).isFalse();
        assertThat(step(d, "embed-bounded-children").changes())
                .anyMatch(c -> c.contains("not embedded because patterns AP2 create or update it"));
        assertThat(row(d, "Sensor").keys()).containsKey("PK");
    }

    @Test
    void childrenReadOnTheirOwnStaySeparate() {
        Design d = design(model(ENTITIES, BOUNDED, read("AP1", "Device", eq("deviceId"), ", \"include\": [\"Sensor\"]")
                + "," + read("AP2", "Sensor", eq("sensorId"))));
        assertThat(step(d, "embed-bounded-children").fired()).isFalse();
        assertThat(step(d, "embed-bounded-children").changes()).anyMatch(c -> c.contains("not embedded because patterns AP2"));
    }
}
