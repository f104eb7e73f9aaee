package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class LsiForStrongReadRuleTests {

    private static final String ENTITIES = """
            {"name": "Room", "attributes": [{"name": "roomId", "type": "string", "identifier": true}]},
            {"name": "Message", "attributes": [
              {"name": "roomId", "type": "string", "identifier": true},
              {"name": "messageId", "type": "string", "identifier": true},
              {"name": "sentAt", "type": "datetime"}]}""";
    private static final String ROOM_MESSAGES = """
            {"from": "Room", "to": "Message", "cardinality": "one-to-many", "foreignKey": "roomId"}""";
    /** sentAt changes, so it cannot be part of the base table key. */
    private static final String EDIT = """
            {"id": "AP3", "name": "edit", "type": "update", "entity": "Message",
             "where": [{"attribute": "roomId", "op": "="}, {"attribute": "messageId", "op": "="}], "set": ["sentAt"]}""";
    private static final String BY_TIME = ", \"orderBy\": {\"attribute\": \"sentAt\", \"direction\": \"desc\"}";

    @Test
    void aStrongReadOnAnotherSortOrderGetsAnLsi() {
        Design d = design(model(ENTITIES, ROOM_MESSAGES,
                read("AP1", "Message", eq("roomId") + "," + eq("messageId")) + ","
                        + read("AP2", "Message", eq("roomId"), BY_TIME + ", \"consistency\": \"strong\"") + "," + EDIT));
        assertThat(step(d, "lsi-for-strong-read").fired()).isTrue();
        assertThat(plan(d, "AP2").index()).isEqualTo("LSI1");
        assertThat(plan(d, "AP2").consistentRead()).isTrue();
        assertThat(d.tables().get(0).localSecondaryIndexes()).hasSize(1);
        assertThat(d.tables().get(0).globalSecondaryIndexes()).isEmpty();
    }

    @Test
    void eventualReadsUseAGsiInstead() {
        Design d = design(model(ENTITIES, ROOM_MESSAGES,
                read("AP1", "Message", eq("roomId") + "," + eq("messageId")) + ","
                        + read("AP2", "Message", eq("roomId"), BY_TIME) + "," + EDIT));
        assertThat(step(d, "lsi-for-strong-read").fired()).isFalse();
        assertThat(plan(d, "AP2").index()).isEqualTo("GSI1");
    }

    @Test
    void aStrongReadTakesTheBaseTableWhenItIsFree() {
        Design d = design(model(ENTITIES, ROOM_MESSAGES,
                read("AP2", "Message", eq("roomId"), BY_TIME + ", \"consistency\": \"strong\"")));
        assertThat(plan(d, "AP2").index()).isNull();
        assertThat(plan(d, "AP2").consistentRead()).isTrue();
    }
}
