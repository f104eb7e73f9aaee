package io.keysmith.design.rules;

import static io.keysmith.design.Designs.CUSTOMER;
import static io.keysmith.design.Designs.CUSTOMER_ORDERS;
import static io.keysmith.design.Designs.ORDER;
import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.indexCount;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.row;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class BaseTableKeyRuleTests {

    private static final String SESSION = """
            {"name": "Session", "attributes": [
              {"name": "sessionId", "type": "string", "identifier": true},
              {"name": "customerId", "type": "string"},
              {"name": "lastSeen", "type": "datetime"}]}""";

    @Test
    void theKeyServingMostPatternsWinsSoNoIndexIsNeeded() {
        Design d = design(model(CUSTOMER + "," + SESSION,
                "{\"from\": \"Customer\", \"to\": \"Session\", \"cardinality\": \"one-to-many\", \"foreignKey\": \"customerId\"}",
                read("AP1", "Session", eq("customerId")) + ","
                        + read("AP2", "Session", eq("customerId") + "," + eq("sessionId")) + ","
                        + read("AP3", "Session", eq("sessionId") + "," + eq("customerId"))));
        assertThat(step(d, "base-table-key").fired()).isTrue();
        assertThat(row(d, "Session").keys()).containsEntry("PK", "CUSTOMER#{customerId}").containsEntry("SK", "SESSION#{sessionId}");
        assertThat(indexCount(d)).isZero();
        assertThat(plan(d, "AP2").operation()).isEqualTo("GetItem");
        assertThat(plan(d, "AP1").keyCondition().get("SK").op()).isEqualTo("begins_with");
    }

    @Test
    void aReadByIdentifierAloneKeepsTheIdentifierAsTheKeyAndTheGroupMovesToAnIndex() {
        Design d = design(model(CUSTOMER + "," + SESSION,
                "{\"from\": \"Customer\", \"to\": \"Session\", \"cardinality\": \"one-to-many\", \"foreignKey\": \"customerId\"}",
                read("AP1", "Session", eq("customerId")) + ","
                        + read("AP2", "Session", eq("sessionId"))));
        assertThat(row(d, "Session").keys()).containsEntry("PK", "SESSION#{sessionId}");
        assertThat(plan(d, "AP2").operation()).isEqualTo("GetItem");
        assertThat(plan(d, "AP1").index()).isEqualTo("GSI1");
    }

    @Test
    void anUpdatedAttributeNeverBecomesPartOfTheBaseKey() {
        String update = "{\"id\": \"AP9\", \"name\": \"ship\", \"type\": \"update\", \"entity\": \"Order\","
                + " \"where\": [" + eq("orderId") + "], \"set\": [\"status\"]}";
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("status")) + "," + update));
        assertThat(row(d, "Order").keys().get("PK")).doesNotContain("status");
        assertThat(plan(d, "AP1").index()).isEqualTo("GSI1");
    }

    @Test
    void anEntityWithoutReadPatternsLeavesTheRuleUnfired() {
        Design d = design(model(CUSTOMER, "", "{\"id\": \"AP1\", \"name\": \"add\", \"type\": \"create\", \"entity\": \"Customer\"}"));
        assertThat(step(d, "base-table-key").fired()).isFalse();
        assertThat(step(d, "default-primary-key").fired()).isTrue();
        assertThat(row(d, "Customer").keys()).containsEntry("PK", "CUSTOMER#{customerId}").containsEntry("SK", "CUSTOMER");
    }
}
