package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.row;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class DefaultPrimaryKeyRuleTests {

    private static final String ENTITIES = """
            {"name": "Album", "attributes": [{"name": "albumId", "type": "string", "identifier": true}]},
            {"name": "Track", "attributes": [{"name": "albumId", "type": "string", "identifier": true},
              {"name": "trackNo", "type": "number", "identifier": true}]}""";
    private static final String LINK = """
            {"from": "Album", "to": "Track", "cardinality": "one-to-many", "foreignKey": "albumId"}""";

    @Test
    void anUnreadChildGoesUnderItsParentsPartition() {
        Design d = design(model(ENTITIES, LINK, read("AP1", "Album", eq("albumId")) + ","
                + "{\"id\": \"AP2\", \"name\": \"add\", \"type\": \"create\", \"entity\": \"Track\"}"));
        assertThat(step(d, "default-primary-key").fired()).isTrue();
        assertThat(row(d, "Track").keys()).containsEntry("PK", "ALBUM#{albumId}").containsEntry("SK", "TRACK#{trackNo:010}");
    }

    @Test
    void entitiesKeyedByTheirPatternsLeaveTheRuleUnfired() {
        Design d = design(model(ENTITIES, LINK, read("AP1", "Album", eq("albumId")) + "," + read("AP2", "Track", eq("albumId"))));
        assertThat(step(d, "default-primary-key").fired()).isFalse();
    }
}
