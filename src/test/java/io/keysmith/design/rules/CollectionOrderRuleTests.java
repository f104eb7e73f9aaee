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
import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionOrderRuleTests {

    static final String ADDRESS = """
            {"name": "Address", "attributes": [
              {"name": "addressId", "type": "string", "identifier": true},
              {"name": "customerId", "type": "string"},
              {"name": "city", "type": "string"}]}""";

    static final String CUSTOMER_ADDRESSES = """
            {"from": "Customer", "to": "Address", "cardinality": "one-to-many", "foreignKey": "customerId"}""";

    static final String NEWEST_ORDERS_WITH_CUSTOMER = read("AP2", "Order", eq("customerId"),
            ", \"include\": [\"Customer\"], \"limit\": 10, \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"desc\"}");

    static final String CUSTOMER_WITH_ADDRESSES = read("AP1", "Customer", eq("customerId"), ", \"include\": [\"Address\"]");

    @Test
    void aParentWithOneChildTypeIsOneRangeThatLeavesTheOtherChildTypeOut() {
        Design d = design(model(CUSTOMER + "," + ADDRESS + "," + ORDER, CUSTOMER_ORDERS + "," + CUSTOMER_ADDRESSES,
                CUSTOMER_WITH_ADDRESSES + "," + NEWEST_ORDERS_WITH_CUSTOMER));
        KeyCondition sk = plan(d, "AP1").keyCondition().get("SK");
        assertThat(sk.op()).isEqualTo("between");
        assertThat(inRange(sk, start(d, "Customer"))).isTrue();
        assertThat(inRange(sk, start(d, "Address"))).isTrue();
        assertThat(inRange(sk, start(d, "Order"))).isFalse();
        assertThat(step(d, "item-collection-order").fired()).isTrue();
    }

    @Test
    void theNewestChildrenWithTheirParentMeetTheParentFirst() {
        Design d = design(model(CUSTOMER + "," + ADDRESS + "," + ORDER, CUSTOMER_ORDERS + "," + CUSTOMER_ADDRESSES,
                CUSTOMER_WITH_ADDRESSES + "," + NEWEST_ORDERS_WITH_CUSTOMER));
        PatternPlan p = plan(d, "AP2");
        assertThat(p.scanIndexForward()).isFalse();
        assertThat(p.limit()).as("10 orders and the customer read first").isEqualTo(11);
        assertThat(start(d, "Order").compareTo(start(d, "Customer"))).as("orders sort before the customer").isNegative();
        assertThat(row(d, "Order").keys().get("SK")).startsWith("#ORDER#");
        assertThat(inRange(p.keyCondition().get("SK"), start(d, "Address"))).isFalse();
        assertThat(step(d, "item-collection-order").changes()).anyMatch(c -> c.contains("every pattern reads one range"));
    }

    @Test
    void theNaturalOrderIsKeptWhenItAlreadyServesEveryPattern() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Customer", eq("customerId"), ", \"include\": [\"Order\"]")));
        assertThat(row(d, "Order").keys().get("SK")).isEqualTo("ORDER#{orderId}");
        assertThat(plan(d, "AP1").keyCondition()).containsOnlyKeys("PK");
        assertThat(step(d, "item-collection-order").changes()).anyMatch(c -> c.contains("natural order"));
    }

    @Test
    void aParentReadWithEachOfThreeChildTypesLeavesOnePatternWithTwoRanges() {
        String note = ADDRESS.replace("Address", "Note").replace("addressId", "noteId");
        String notes = CUSTOMER_ADDRESSES.replace("Address", "Note");
        Design d = design(model(CUSTOMER + "," + ADDRESS + "," + ORDER + "," + note,
                CUSTOMER_ORDERS + "," + CUSTOMER_ADDRESSES + "," + notes,
                CUSTOMER_WITH_ADDRESSES + ","
                        + read("AP2", "Customer", eq("customerId"), ", \"include\": [\"Order\"]") + ","
                        + read("AP3", "Customer", eq("customerId"), ", \"include\": [\"Note\"]")));
        List<PatternPlan> plans = List.of(plan(d, "AP1"), plan(d, "AP2"), plan(d, "AP3"));
        assertThat(plans.stream().filter(p -> p.requests() != null)).hasSize(1).allSatisfy(p -> {
            assertThat(p.requests()).hasSize(2);
            assertThat(p.requests()).allMatch(r -> "Query".equals(r.operation()));
        });
        assertThat(step(d, "item-collection-order").changes()).anyMatch(c -> c.contains("still read several ranges"));
    }

    @Test
    void aModelWithoutIncludesLeavesTheRuleUnfired() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS, read("AP1", "Order", eq("customerId"))));
        assertThat(step(d, "item-collection-order").fired()).isFalse();
        assertThat(step(d, "item-collection-order").explanation()).startsWith("Not applicable because");
    }

    /** The literal start of an entity's sort key in the base table. */
    private static String start(Design d, String entity) {
        return KeyTemplate.of(row(d, entity).keys().get("SK")).literalPrefix();
    }

    private static boolean inRange(KeyCondition between, String key) {
        List<?> bounds = (List<?>) between.value();
        return key.compareTo(String.valueOf(bounds.get(0))) >= 0 && key.compareTo(String.valueOf(bounds.get(1))) <= 0;
    }
}
