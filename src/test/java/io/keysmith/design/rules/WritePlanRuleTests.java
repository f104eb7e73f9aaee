package io.keysmith.design.rules;

import static io.keysmith.design.Designs.CUSTOMER;
import static io.keysmith.design.Designs.CUSTOMER_ORDERS;
import static io.keysmith.design.Designs.ORDER;
import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class WritePlanRuleTests {

    private static String write(String id, String type, String entity, String rest) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"type\": \"" + type + "\", \"entity\": \"" + entity + "\"" + rest + "}";
    }

    @Test
    void createsUpdatesAndDeletesUseTheBaseKeyWithConditions() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("orderId")) + "," + read("AP5", "Order", eq("customerId")) + ","
                        + write("AP2", "create", "Order", "") + ","
                        + write("AP3", "update", "Order", ", \"where\": [" + eq("orderId") + "], \"set\": [\"status\"]") + ","
                        + write("AP4", "delete", "Order", ", \"where\": [" + eq("orderId") + "]")));
        assertThat(plan(d, "AP2").operation()).isEqualTo("PutItem");
        assertThat(plan(d, "AP2").conditionExpression()).isEqualTo("attribute_not_exists(PK)");
        assertThat(plan(d, "AP3").operation()).isEqualTo("UpdateItem");
        assertThat(plan(d, "AP3").updateExpression()).isEqualTo("SET #status = :status");
        assertThat(plan(d, "AP3").conditionExpression()).isEqualTo("attribute_exists(PK)");
        assertThat(plan(d, "AP4").operation()).isEqualTo("DeleteItem");
        assertThat(plan(d, "AP2").writeUnits()).isEqualTo(2.0);
        assertThat(plan(d, "AP2").verdict()).contains("also writes GSI1");
    }

    @Test
    void changingAUniqueAttributeIsATransactionWithTheLookupItems() {
        Design d = design(model(CUSTOMER, "",
                write("AP1", "update", "Customer", ", \"where\": [" + eq("customerId") + "], \"set\": [\"email\"]") + ","
                        + write("AP2", "update", "Customer", ", \"where\": [" + eq("customerId") + "], \"set\": [\"name\"]")));
        assertThat(plan(d, "AP1").operation()).isEqualTo("TransactWriteItems");
        assertThat(plan(d, "AP1").verdict()).contains("delete the old and put the new lookup item for email");
        assertThat(plan(d, "AP2").operation()).isEqualTo("UpdateItem");
    }

    @Test
    void aWriteWhoseConditionsMissPartOfTheKeySaysItNeedsTheKeyFirst() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("customerId"), ", \"include\": [\"Customer\"]") + ","
                        + write("AP2", "delete", "Order", ", \"where\": [" + eq("orderId") + "]")));
        assertThat(plan(d, "AP2").verdict()).startsWith("needs the key first (the key also holds customerId)");
    }
}
