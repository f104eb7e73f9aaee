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
import io.keysmith.design.PresentWhen;
import org.junit.jupiter.api.Test;

class OverloadedGsiRuleTests {

    @Test
    void twoEntitiesShareOneGenericIndex() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Customer", eq("customerId")) + ","
                        + read("AP2", "Customer", eq("name")) + ","
                        + read("AP3", "Order", eq("orderId")) + ","
                        + read("AP4", "Order", eq("customerId"),
                                ", \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"desc\"}")));
        assertThat(step(d, "overloaded-gsi").fired()).isTrue();
        assertThat(plan(d, "AP2").index()).isEqualTo("GSI1");
        assertThat(plan(d, "AP4").index()).isEqualTo("GSI1");
        assertThat(indexCount(d)).isEqualTo(1);
        assertThat(row(d, "Order").keys()).containsEntry("GSI1PK", "CUSTOMER#{customerId}")
                .containsEntry("GSI1SK", "ORDER#{orderDate}#{orderId}");
        assertThat(plan(d, "AP4").scanIndexForward()).isFalse();
    }

    @Test
    void aConstantConditionGetsASparseIndex() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("orderId")) + ","
                        + read("AP2", "Order", "{\"attribute\": \"status\", \"op\": \"=\", \"value\": \"OPEN\"}",
                                ", \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"asc\"}")));
        assertThat(plan(d, "AP2").index()).isEqualTo("GSI1");
        assertThat(plan(d, "AP2").verdict()).contains("GSI1 (sparse)");
        assertThat(plan(d, "AP2").rule()).isEqualTo("sparse-index-for-constant");
        assertThat(row(d, "Order").presentWhen()).containsEntry("GSI1PK", new PresentWhen("status", "=", "OPEN"));
        assertThat(row(d, "Order").keys().get("GSI1PK")).isEqualTo("ORDER#STATUS#OPEN");
    }

    @Test
    void patternsTheBaseTableServesNeedNoIndex() {
        Design d = design(model(CUSTOMER, "", read("AP1", "Customer", eq("customerId"))));
        assertThat(step(d, "overloaded-gsi").fired()).isFalse();
        assertThat(indexCount(d)).isZero();
    }
}
