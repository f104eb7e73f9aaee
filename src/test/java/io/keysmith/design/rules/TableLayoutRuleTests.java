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
import io.keysmith.design.Table;
import org.junit.jupiter.api.Test;

class TableLayoutRuleTests {

    private static final String PRODUCT = """
            {"name": "Product", "attributes": [{"name": "sku", "type": "string", "identifier": true}]}""";

    private static String shop() {
        return model(CUSTOMER + "," + ORDER + "," + PRODUCT, CUSTOMER_ORDERS,
                read("AP1", "Customer", eq("customerId"), ", \"include\": [\"Order\"]") + ","
                        + read("AP2", "Product", eq("sku")));
    }

    @Test
    void singleTableStyleKeepsEveryEntityInOneTable() {
        Design d = design(shop());
        assertThat(d.style()).isEqualTo("single-table");
        assertThat(d.tables()).extracting(Table::name).containsExactly("Test");
    }

    @Test
    void multiTableStyleGivesEachAggregateItsOwnTable() {
        Design d = design(shop(), "multi-table");
        assertThat(d.style()).isEqualTo("multi-table");
        assertThat(d.tables()).extracting(Table::name).containsExactly("Test-Customer", "Test-Product");
        assertThat(d.tables().get(0).items()).extracting(r -> r.entity()).contains("Customer", "Order");
        assertThat(plan(d, "AP2").table()).isEqualTo("Test-Product");
    }
}
