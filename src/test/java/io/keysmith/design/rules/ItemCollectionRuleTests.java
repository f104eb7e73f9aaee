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
import io.keysmith.design.PatternPlan;
import org.junit.jupiter.api.Test;

class ItemCollectionRuleTests {

    @Test
    void aParentReadWithItsChildrenSharesOnePartition() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Customer", eq("customerId"), ", \"include\": [\"Order\"]")));
        assertThat(step(d, "one-to-many-item-collection").fired()).isTrue();
        assertThat(row(d, "Customer").keys().get("PK")).isEqualTo("CUSTOMER#{customerId}");
        assertThat(row(d, "Order").keys().get("PK")).isEqualTo("CUSTOMER#{customerId}");
        assertThat(row(d, "Order").keys().get("SK")).isEqualTo("ORDER#{orderId}");
        PatternPlan p = plan(d, "AP1");
        assertThat(p.operation()).isEqualTo("Query");
        assertThat(p.keyCondition()).containsOnlyKeys("PK");
        assertThat(p.requests()).isNull();
    }

    @Test
    void childrenReadWithTheirParentAreOrderedInTheSharedPartition() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("customerId"),
                        ", \"include\": [\"Customer\"], \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"desc\"}")));
        assertThat(row(d, "Order").keys().get("SK")).isEqualTo("ORDER#{orderDate}#{orderId}");
        assertThat(plan(d, "AP1").scanIndexForward()).isFalse();
        assertThat(plan(d, "AP1").keyCondition().get("PK").value()).isEqualTo("CUSTOMER#{customerId}");
    }

    @Test
    void aPatternWithoutIncludeLeavesTheRuleUnfired() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS, read("AP1", "Customer", eq("customerId"))));
        assertThat(step(d, "one-to-many-item-collection").fired()).isFalse();
        assertThat(step(d, "one-to-many-item-collection").explanation()).startsWith("Not applicable because");
    }

    @Test
    void anIncludeNotLinkedByThePatternsKeyBecomesASecondRequest() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("status"), ", \"include\": [\"Customer\"]")));
        PatternPlan p = plan(d, "AP1");
        assertThat(p.requests()).hasSize(2);
        assertThat(p.requests().get(1).operation()).isEqualTo("BatchGetItem");
        assertThat(p.verdict()).startsWith("2 requests");
        assertThat(step(d, "one-to-many-item-collection").changes()).anyMatch(c -> c.startsWith("not co-located, AP1"));
    }
}
