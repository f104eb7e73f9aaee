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

class EntityPrefixRuleTests {

    @Test
    void entitiesWhoseNamesDifferOnlyInCaseGetDistinctPrefixes() {
        Design d = design(model("""
                {"name": "Item", "attributes": [{"name": "id", "type": "string", "identifier": true}]},
                {"name": "ITEM", "attributes": [{"name": "id", "type": "string", "identifier": true}]}""", "",
                read("AP1", "Item", eq("id")) + "," + read("AP2", "ITEM", eq("id"))));
        assertThat(row(d, "Item").keys().get("PK")).isEqualTo("ITEM#{id}");
        assertThat(row(d, "ITEM").keys().get("PK")).isEqualTo("ITEM_2#{id}");
        assertThat(row(d, "ITEM").keys().get("SK")).isEqualTo("ITEM_2");
        assertThat(step(d, "entity-per-item").changes()).hasSize(2);
    }
}
