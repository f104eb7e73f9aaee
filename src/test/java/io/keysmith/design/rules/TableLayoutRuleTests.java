package io.keysmith.design.rules;

import static io.keysmith.design.Designs.CUSTOMER;
import static io.keysmith.design.Designs.CUSTOMER_ORDERS;
import static io.keysmith.design.Designs.ORDER;
import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.design.program.ProgramRequest;
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
    void aModelNameLongerThanATableNameStillGivesEveryEntityAndTheMarkersATableOfTheirOwn() {
        assertThat(TableLayoutRule.tableName("Shop".repeat(100), "Customer")).hasSize(255).endsWith("-Customer");
        assertThat(TableLayoutRule.tableName("Shop <script> ${7*7} " + "W".repeat(300), "UniqueValues2"))
                .hasSize(255).startsWith("Shopscript77W").endsWith("-UniqueValues2");
        assertThat(TableLayoutRule.tableName("Shop".repeat(100), "Customer"))
                .isNotEqualTo(TableLayoutRule.tableName("Shop".repeat(100), "Order"));
    }

    @Test
    void singleTableStyleKeepsEveryEntityInOneTable() {
        Design d = design(shop());
        assertThat(d.style()).isEqualTo(io.keysmith.model.TableStyle.SINGLE_TABLE);
        assertThat(d.tables()).extracting(Table::name).containsExactly("Test");
    }

    @Test
    void multiTableStyleGivesEachEntityItsOwnTableAndTheMarkersOneMore() {
        Design d = design(shop(), io.keysmith.model.TableStyle.MULTI_TABLE);
        assertThat(d.style()).isEqualTo(io.keysmith.model.TableStyle.MULTI_TABLE);
        assertThat(d.tables()).extracting(Table::name)
                .containsExactly("Test-Customer", "Test-Order", "Test-Product", "Test-UniqueValues");
        for (Table t : d.tables().subList(0, 3)) {
            assertThat(t.items()).extracting(r -> r.entity()).as(t.name()).containsOnly(t.name().substring(5));
        }
        assertThat(d.tables().get(3).items()).allMatch(r -> r.isLookup());
        assertThat(plan(d, "AP2").table()).isEqualTo("Test-Product");
    }

    @Test
    void eachTableIsKeyedByItsEntitysIdentifierUnderItsOwnName() {
        Design d = design(shop(), io.keysmith.model.TableStyle.MULTI_TABLE);
        Table customers = table(d, "Test-Customer");
        assertThat(customers.partitionKey()).isEqualTo(new KeyAttribute("customerId", "S"));
        assertThat(customers.sortKey()).isNull();
        assertThat(table(d, "Test-Order").partitionKey()).isEqualTo(new KeyAttribute("orderId", "S"));
        assertThat(plan(d, "AP1").requests().get(0).keyCondition()).containsOnlyKeys("customerId");
    }

    @Test
    void aPatternIncludingAnotherEntityReadsEachTableWithARequestOfItsOwn() {
        Design d = design(shop(), io.keysmith.model.TableStyle.MULTI_TABLE);
        PatternPlan ap1 = plan(d, "AP1");
        assertThat(ap1.requests()).extracting(PatternPlan::table).containsExactly("Test-Customer", "Test-Order");
        PatternPlan orders = ap1.requests().get(1);
        // the orders of a customer: an index of the Order table keyed by the attribute that links them
        assertThat(orders.operation()).isEqualTo("Query");
        assertThat(orders.index()).isNotNull();
        assertThat(orders.keyCondition()).containsOnlyKeys("customerId");
        assertThat(table(d, "Test-Order").globalSecondaryIndexes()).extracting(i -> i.partitionKey().name())
                .containsExactly("customerId");
        assertThat(step(d, "one-to-many-item-collection").fired()).isFalse();
    }

    @Test
    void aUniqueValuesMarkerIsWrittenInATransactionAcrossTheTwoTables() {
        Design d = design(model(CUSTOMER + "," + ORDER + "," + PRODUCT, CUSTOMER_ORDERS,
                read("AP1", "Customer", eq("email")) + ","
                        + "{\"id\": \"AP2\", \"name\": \"sign up\", \"type\": \"create\", \"entity\": \"Customer\"}"),
                io.keysmith.model.TableStyle.MULTI_TABLE);
        PatternPlan signUp = plan(d, "AP2");
        ProgramRequest write = signUp.program().get(signUp.program().size() - 1);
        assertThat(write.operation().json()).isEqualTo("TransactWriteItems");
        assertThat(write.parts()).extracting(ProgramRequest::table).containsExactly("Test-Customer", "Test-UniqueValues");
        assertThat(write.parts().get(1).condition()).extracting(c -> c.attribute()).containsExactly("PK");
        assertThat(plan(d, "AP1").requests()).extracting(PatternPlan::table)
                .containsExactly("Test-UniqueValues", "Test-Customer");
        assertThat(plan(d, "AP1").requests().get(1).keyCondition()).containsOnlyKeys("customerId");
    }

    @Test
    void theTwoStylesDifferInTablesIndexesAndCost() {
        Design single = design(shop());
        Design multi = design(shop(), io.keysmith.model.TableStyle.MULTI_TABLE);
        assertThat(multi.tables()).hasSizeGreaterThan(single.tables().size());
        // reading the customer's orders takes a second request on another table, so it costs more
        assertThat(plan(multi, "AP1").readUnits()).isGreaterThan(plan(single, "AP1").readUnits());
        assertThat(multi.cost().readUnitsPerSecond()).isNotEqualTo(single.cost().readUnitsPerSecond());
        assertThat(multi.cost().onDemandMonthly()).isNotEqualTo(single.cost().onDemandMonthly());
    }

    @Test
    void theModelsOwnStyleSettingChoosesTheMultiTableDesignWhereverTheModelIsDesigned() {
        // the web's Export and Live tabs and the CLI without --style design in the model's own style
        Design d = design(shop().replace("\"name\": \"Test\",", "\"name\": \"Test\", \"settings\": {\"style\": \"multi-table\"},"));
        assertThat(d.style()).isEqualTo(io.keysmith.model.TableStyle.MULTI_TABLE);
        assertThat(d.tables()).hasSize(4);
    }

    private static Table table(Design d, String name) {
        return d.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
