package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateParentAttributesRuleTests {

    private static final String ENTITIES = """
            {"name": "Team", "attributes": [{"name": "teamId", "type": "string", "identifier": true},
              {"name": "founded", "type": "date", "immutable": true}, {"name": "motto", "type": "string"}]},
            {"name": "Member", "attributes": [{"name": "memberId", "type": "string", "identifier": true},
              {"name": "teamId", "type": "string"}, {"name": "role", "type": "string"}]}""";
    private static final String LINK = """
            {"from": "Team", "to": "Member", "cardinality": "one-to-many", "foreignKey": "teamId"}""";

    @Test
    void aParentInAnotherPartitionHasItsImmutableAttributesCopied() {
        Design d = design(model(ENTITIES, LINK, read("AP1", "Member", eq("role"), ", \"include\": [\"Team\"]")));
        assertThat(step(d, "duplicate-immutable-parent-attributes").fired()).isTrue();
        assertThat(d.denormalizations()).anyMatch(x -> x.kind().equals("duplicate") && x.entity().equals("Member")
                && x.attributes().equals(List.of("founded")) && x.writeCost().startsWith("no extra writes"));
    }

    @Test
    void aParentSharingThePartitionNeedsNoCopy() {
        Design d = design(model(ENTITIES, LINK, read("AP1", "Member", eq("teamId"), ", \"include\": [\"Team\"]")));
        assertThat(step(d, "duplicate-immutable-parent-attributes").fired()).isFalse();
        assertThat(d.denormalizations()).noneMatch(x -> x.kind().equals("duplicate"));
    }
}
