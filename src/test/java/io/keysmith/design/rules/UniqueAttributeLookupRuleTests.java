package io.keysmith.design.rules;

import static io.keysmith.design.Designs.CUSTOMER;
import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.indexCount;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UniqueAttributeLookupRuleTests {

    @Test
    void aUniqueEmailGetsALookupItemThatServesFindByEmailWithoutAnIndex() {
        Design d = design(model(CUSTOMER, "", read("AP1", "Customer", eq("email")) + ","
                + "{\"id\": \"AP2\", \"name\": \"sign up\", \"type\": \"create\", \"entity\": \"Customer\"}"));
        assertThat(step(d, "unique-attribute-lookup").fired()).isTrue();
        assertThat(d.tables().get(0).items()).anyMatch(r -> "lookup".equals(r.kind())
                && r.keys().equals(Map.of("PK", "CUSTOMER#EMAIL#{email}", "SK", "CUSTOMER#EMAIL")));
        PatternPlan get = plan(d, "AP1");
        assertThat(get.operation()).isEqualTo("GetItem");
        assertThat(get.keyCondition().get("PK").value()).isEqualTo("CUSTOMER#EMAIL#{email}");
        assertThat(get.verdict()).contains("marker");
        assertThat(get.requests().get(0).intermediate()).isTrue();
        assertThat(indexCount(d)).isZero();
        PatternPlan create = plan(d, "AP2");
        assertThat(create.operation()).isEqualTo("TransactWriteItems");
        assertThat(create.conditionExpression()).isEqualTo("attribute_not_exists(PK)");
        assertThat(d.denormalizations()).anyMatch(x -> x.kind().equals("lookup") && x.writeCost().contains("TransactWriteItems"));
    }

    @Test
    void anIdentifierThatIsUniqueNeedsNoLookupItem() {
        String user = """
                {"name": "User", "attributes": [{"name": "username", "type": "string", "identifier": true, "unique": true}]}""";
        Design d = design(model(user, "", read("AP1", "User", eq("username"))));
        assertThat(step(d, "unique-attribute-lookup").fired()).isFalse();
        assertThat(step(d, "unique-attribute-lookup").explanation()).startsWith("Not applicable because");
        assertThat(d.tables().get(0).items()).noneMatch(r -> "lookup".equals(r.kind()));
        assertThat(plan(d, "AP1").operation()).isEqualTo("GetItem");
    }
}
