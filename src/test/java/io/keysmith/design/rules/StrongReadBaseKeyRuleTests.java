package io.keysmith.design.rules;

import static io.keysmith.design.Designs.CUSTOMER;
import static io.keysmith.design.Designs.CUSTOMER_ORDERS;
import static io.keysmith.design.Designs.ORDER;
import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.row;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class StrongReadBaseKeyRuleTests {

    private static final String STRONG = ", \"consistency\": \"strong\"";

    @Test
    void aStrongReadKeepsTheBaseTableAndTheItemCollectionMovesToAnIndex() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Customer", eq("customerId"), ", \"include\": [\"Order\"]") + ","
                        + read("AP2", "Order", eq("orderId"), STRONG)));
        assertThat(step(d, "strong-read-base-key").fired()).isTrue();
        assertThat(row(d, "Order").keys().get("PK")).isEqualTo("ORDER#{orderId}");
        assertThat(plan(d, "AP2").operation()).isEqualTo("GetItem");
        assertThat(plan(d, "AP2").consistentRead()).isTrue();
        assertThat(plan(d, "AP1").index()).isEqualTo("GSI1");
        assertThat(plan(d, "AP1").requests()).isNull();
    }

    @Test
    void aSecondStrongReadOnAnotherPartitionReadsTheItemsAgainFromTheBaseTable() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("orderId"), STRONG) + "," + read("AP2", "Order", eq("customerId"), STRONG)));
        assertThat(plan(d, "AP2").requests()).hasSize(2);
        assertThat(plan(d, "AP2").requests().get(1).operation()).isEqualTo("BatchGetItem");
        assertThat(plan(d, "AP2").verdict()).contains("strongly consistent");
        assertThat(plan(d, "AP2").consistentRead()).isNull();
    }

    @Test
    void eventualReadsLeaveTheRuleUnfired() {
        Design d = design(model(CUSTOMER, "", read("AP1", "Customer", eq("customerId"))));
        assertThat(step(d, "strong-read-base-key").fired()).isFalse();
    }
}
