package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class ReadAllRuleTests {

    private static String order(String count) {
        return """
                {"name": "Order", "attributes": [{"name": "orderId", "type": "string", "identifier": true},
                  {"name": "createdAt", "type": "datetime", "immutable": true},
                  {"name": "status", "type": "string", "values": ["OPEN", "SHIPPED"]}]%s, "itemSizeBytes": 1024}"""
                .formatted(count);
    }

    private static final String BY_ID = """
            {"id": "AP1", "name": "by id", "type": "read", "entity": "Order", "where": [%s], "rate": 100}""".formatted(eq("orderId"));
    private static final String EXPORT = """
            {"id": "AP2", "name": "export every order", "type": "read", "entity": "Order", "rate": 0.001}""";
    private static final String LATEST = """
            {"id": "AP3", "name": "latest orders", "type": "read", "entity": "Order",
             "orderBy": {"attribute": "createdAt", "direction": "desc"}, "limit": 20, "rate": 10}""";
    private static final String PLACE = """
            {"id": "AP4", "name": "place", "type": "create", "entity": "Order", "rate": 50}""";

    @Test
    void aRareExportOfABigTableIsAParallelScanAndTheDesignSaysWhy() {
        Design d = design(model(order(", \"count\": 10000000"), "", BY_ID + "," + EXPORT + "," + PLACE));
        assertThat(plan(d, "AP2").operation()).isEqualTo("Scan");
        assertThat(plan(d, "AP2").verdict()).contains("parallel Scan in 6 segments").contains("TotalSegments 6");
        assertThat(step(d, "read-all").changes()).anyMatch(c -> c.startsWith("AP2: a parallel Scan") && c.contains("less than an index"));
        // Every item of the table is read: 10.24 GB in 4 KB units, halved for eventual consistency.
        assertThat(plan(d, "AP2").readUnits()).isEqualTo(1_250_000.0);
        assertThat(d.tables().get(0).globalSecondaryIndexes()).isEmpty();
    }

    @Test
    void aFrequentReadOfTheNewestItemsGetsAnIndexInstead() {
        Design d = design(model(order(", \"count\": 10000000"), "", BY_ID + "," + LATEST + "," + PLACE));
        assertThat(plan(d, "AP3").operation()).isEqualTo("Query");
        assertThat(plan(d, "AP3").index()).isNotNull();
        assertThat(step(d, "read-all").changes()).anyMatch(c -> c.startsWith("AP3: an index of every Order"));
    }

    @Test
    void withoutACountTheIndexIsKeptBecauseAScansCostCannotBeTold() {
        Design d = design(model(order(""), "", BY_ID + "," + EXPORT + "," + PLACE));
        assertThat(plan(d, "AP2").operation()).isEqualTo("Query");
        assertThat(step(d, "read-all").changes()).anyMatch(c -> c.contains("has no count"));
    }

    private static final String HELD = """
            {"id": "AP5", "name": "orders on hold", "type": "read", "entity": "Order",
             "filter": [{"attribute": "status", "op": "=", "value": "HELD"}], "rate": 20}""";
    private static final String OF_A_STATUS = """
            {"id": "AP6", "name": "orders of a status", "type": "read", "entity": "Order",
             "filter": [{"attribute": "status", "op": "="}], "rate": 20}""";

    private static String weightedOrder() {
        return """
                {"name": "Order", "attributes": [{"name": "orderId", "type": "string", "identifier": true},
                  {"name": "createdAt", "type": "datetime", "immutable": true},
                  {"name": "status", "type": "string", "values": ["OPEN", "SHIPPED", "HELD"], "weights": [10, 89, 1]}],
                 "count": 10000000, "itemSizeBytes": 1024}""";
    }

    @Test
    void aFrequentSelectiveFilterBecomesTheKeyOfASparseIndexInsteadOfAScanWithAFilter() {
        Design d = design(model(weightedOrder(), "", BY_ID + "," + HELD + "," + PLACE));
        assertThat(plan(d, "AP5").operation()).isEqualTo("Query");
        assertThat(plan(d, "AP5").index()).isNotNull();
        assertThat(plan(d, "AP5").filterExpression()).isNull();
        assertThat(d.tables().get(0).items()).anySatisfy(row -> assertThat(row.presentWhen()).isNotNull()
                .containsValue(new io.keysmith.design.PresentWhen("status", "=", "HELD")));
        assertThat(step(d, "read-all").changes()).anyMatch(c -> c.startsWith("AP5: a sparse index of the Order items with"
                + " status = \"HELD\"") && c.contains("less than Scans"));
    }

    @Test
    void aFilterByAParameterBecomesTheKeyOfAnIndexAndOnlyARareOneStaysAScan() {
        Design d = design(model(weightedOrder(), "", BY_ID + "," + OF_A_STATUS + "," + PLACE));
        assertThat(plan(d, "AP6").operation()).isEqualTo("Query");
        assertThat(plan(d, "AP6").keyCondition().values()).anyMatch(k -> String.valueOf(k.value()).contains("{status}"));
        assertThat(step(d, "read-all").changes()).anyMatch(c -> c.startsWith("AP6: an index of Order keyed by status"));

        Design rare = design(model(weightedOrder(), "", BY_ID + "," + HELD.replace("\"rate\": 20", "\"rate\": 0.000001")
                + "," + PLACE));
        assertThat(plan(rare, "AP5").operation()).isEqualTo("Scan");
        assertThat(plan(rare, "AP5").verdict()).contains("less than a sparse index of the Order items with status = \"HELD\"");
    }
}
