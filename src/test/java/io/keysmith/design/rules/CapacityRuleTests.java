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
import static org.assertj.core.api.Assertions.within;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class CapacityRuleTests {

    private static final String DOC = """
            {"name": "Doc", "attributes": [{"name": "docId", "type": "string", "identifier": true},
              {"name": "owner", "type": "string"}], "itemSizeBytes": 10000, "count": 1000000}""";

    @Test
    void readUnitsFollowItemSizeAndConsistency() {
        Design d = design(model(DOC, "",
                read("AP1", "Doc", eq("docId"), ", \"rate\": 100") + ","
                        + read("AP2", "Doc", eq("docId"), ", \"consistency\": \"strong\"")));
        assertThat(plan(d, "AP1").readUnits()).isEqualTo(1.5);
        assertThat(plan(d, "AP2").readUnits()).isEqualTo(3.0);
        assertThat(d.cost().readUnitsPerSecond()).isEqualTo(153.0);
        // 153 units/s for a month at $0.125 per million read units
        assertThat(d.cost().onDemandMonthly()).isCloseTo(153 * 730 * 3600 / 1e6 * 0.125, within(0.01));
        assertThat(step(d, "capacity-and-cost").changes()).anyMatch(c -> c.contains("153.0 read units/s"));
    }

    @Test
    void writesPayForEveryIndexThatHoldsTheItem() {
        Design d = design(model(DOC, "",
                read("AP1", "Doc", eq("docId")) + "," + read("AP2", "Doc", eq("owner")) + ","
                        + "{\"id\": \"AP3\", \"name\": \"add\", \"type\": \"create\", \"entity\": \"Doc\", \"rate\": 10}"));
        assertThat(plan(d, "AP3").writeUnits()).isEqualTo(20.0);
        assertThat(d.cost().writeUnitsPerSecond()).isEqualTo(200.0);
        assertThat(d.cost().storageGb()).isEqualTo(20.0);
    }

    @Test
    void anUpdateThatReadsTheItemFirstPaysForThatRead() {
        // the sparse index's keys hold map, which the update does not give: the program reads the item (consistent)
        Design d = design(model("""
                {"name": "Game", "attributes": [{"name": "gameId", "type": "string", "identifier": true},
                  {"name": "map", "type": "string"}, {"name": "status", "type": "string", "values": ["OPEN", "DONE"]}],
                 "itemSizeBytes": 6000}""", "",
                "{\"id\": \"AP1\", \"name\": \"open games of a map\", \"type\": \"read\", \"entity\": \"Game\","
                        + " \"where\": [{\"attribute\": \"map\", \"op\": \"=\"}, {\"attribute\": \"status\", \"op\": \"=\","
                        + " \"value\": \"OPEN\"}]},"
                        + "{\"id\": \"AP2\", \"name\": \"close a game\", \"type\": \"update\", \"entity\": \"Game\","
                        + " \"where\": [{\"attribute\": \"gameId\", \"op\": \"=\"}], \"set\": [\"status\"], \"rate\": 1000}"));
        assertThat(plan(d, "AP2").program()).first().satisfies(r -> assertThat(r.operation().json()).isEqualTo("GetItem"));
        // 6,000 bytes read consistently: 2 read units, 1,000 times a second
        assertThat(plan(d, "AP2").readUnits()).isEqualTo(2.0);
        assertThat(d.cost().readUnitsPerSecond()).isGreaterThanOrEqualTo(2000.0);
    }

    @Test
    void aParentIncludedByTheRequestsOwnKeyIsReadOnceNotOncePerChild() {
        // multi-table: the game's players, then the game itself by the gameId the request gives
        Design d = design(model("""
                {"name": "Game", "attributes": [{"name": "gameId", "type": "string", "identifier": true}], "itemSizeBytes": 3000},
                {"name": "Player", "attributes": [{"name": "gameId", "type": "string", "identifier": true},
                  {"name": "username", "type": "string", "identifier": true}], "itemSizeBytes": 200}""",
                "{\"from\": \"Game\", \"to\": \"Player\", \"cardinality\": \"one-to-many\", \"maxChildren\": 50}",
                read("AP1", "Player", eq("gameId"), ", \"include\": [\"Game\"]")), io.keysmith.model.TableStyle.MULTI_TABLE);
        assertThat(plan(d, "AP1").requests()).hasSize(2);
        assertThat(plan(d, "AP1").requests().get(1).verdict()).contains("by the key the request's gameId fills: one key");
        // 50 players of 200 bytes: 10,000 bytes, 3 units, halved; one game of 3,000 bytes: 1 unit, halved
        assertThat(plan(d, "AP1").readUnits()).isEqualTo(2.0);
    }

    private static final String STORE = """
            {"name": "Store", "attributes": [{"name": "storeId", "type": "string", "identifier": true},
              {"name": "country", "type": "string", "values": ["US", "CA", "MX", "FR"]},
              {"name": "city", "type": "string"}], "itemSizeBytes": 1000, "count": 40000}""";

    @Test
    void aQueryReadsTheGroupItsKeyFixesSizedFromTheEnumeration() {
        // 40,000 stores over 4 countries: 10,000 per country, 1,000 bytes each, eventually consistent.
        Design d = design(model(STORE, "", read("AP1", "Store", eq("country"))));
        assertThat(plan(d, "AP1").operation()).isEqualTo("Query");
        assertThat(plan(d, "AP1").readUnits()).isEqualTo(Math.ceil(10_000 * 1000 / 4096.0) * 0.5);
        assertThat(plan(d, "AP1").verdict()).doesNotContain("unknown");
    }

    @Test
    void childrenOfAParentComeFromTheCountsAndMaxChildren() {
        String customer = CUSTOMER.replace("\"itemSizeBytes\": 800", "\"itemSizeBytes\": 800, \"count\": 1000");
        String order = ORDER.replace("]}", "], \"count\": 200000, \"itemSizeBytes\": 2048}");
        Design d = design(model(customer + "," + order, CUSTOMER_ORDERS, read("AP1", "Order", eq("customerId"))));
        // 200 orders per customer of 2 KB: 100 read units, halved.
        assertThat(plan(d, "AP1").readUnits()).isEqualTo(50.0);
        Design capped = design(model(customer + "," + order, CUSTOMER_ORDERS.replace("}", ", \"maxChildren\": 20}"),
                read("AP1", "Order", eq("customerId"))));
        assertThat(plan(capped, "AP1").readUnits()).isEqualTo(5.0);
    }

    @Test
    void aGroupTheModelGivesNoFiguresForIsAssumedAndTheVerdictSaysSo() {
        Design d = design(model(STORE, "", read("AP1", "Store", eq("city"))));
        assertThat(plan(d, "AP1").verdict()).contains("Store items per city unknown, assumed 10");
        assertThat(step(d, "capacity-and-cost").changes()).anyMatch(c -> c.startsWith("AP1: Store items per city unknown"));
    }

    @Test
    void anUpdateThatMovesAnIndexKeyCostsADeleteAndAPutThere() {
        String patterns = read("AP1", "Doc", eq("docId")) + "," + read("AP2", "Doc", eq("owner")) + ","
                + "{\"id\": \"AP3\", \"name\": \"move\", \"type\": \"update\", \"entity\": \"Doc\", \"set\": [\"owner\"]},"
                + "{\"id\": \"AP4\", \"name\": \"touch\", \"type\": \"update\", \"entity\": \"Doc\", \"set\": [\"title\"]}";
        String doc = DOC.replace("{\"name\": \"owner\", \"type\": \"string\"}",
                "{\"name\": \"owner\", \"type\": \"string\"}, {\"name\": \"title\", \"type\": \"string\"}");
        Design d = design(model(doc, "", patterns));
        double item = 10;  // 10,000 bytes = 10 write units
        assertThat(plan(d, "AP3").writeUnits()).isEqualTo(item + 2 * item);
        assertThat(plan(d, "AP4").writeUnits()).isEqualTo(item + item);
    }

    @Test
    void aSparseIndexIsWrittenOnlyByTheItemsItHolds() {
        String order = ORDER.replace("]}", "], \"count\": 1000000, \"itemSizeBytes\": 1024}");
        String patterns = read("AP1", "Order", eq("orderId")) + ","
                + read("AP2", "Order", "{\"attribute\": \"status\", \"op\": \"=\", \"value\": \"OPEN\"}",
                        ", \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"asc\"}, \"limit\": 20") + ","
                + "{\"id\": \"AP3\", \"name\": \"add\", \"type\": \"create\", \"entity\": \"Order\", \"rate\": 100}";
        Design d = design(model(order, "", patterns));
        assertThat(d.tables().get(0).items().get(0).presentWhen()).isNotNull();
        // The table write, and half of the orders (OPEN of OPEN/SHIPPED) land in the sparse index.
        assertThat(plan(d, "AP3").writeUnits()).isEqualTo(1.5);
    }

    @Test
    void storageIsCountedForTheTableAndEachIndexByItsProjection() {
        Design d = design(model(DOC, "", read("AP1", "Doc", eq("docId")) + "," + read("AP2", "Doc", eq("owner"))));
        assertThat(d.cost().indexes()).extracting(c -> c.index() == null ? "table" : c.index()).containsExactly("table", "GSI1");
        assertThat(d.cost().of(d.tables().get(0).name(), null).storageGb()).isEqualTo(10.0);
        double index = d.cost().of(d.tables().get(0).name(), "GSI1").storageGb();
        String projection = d.tables().get(0).globalSecondaryIndexes().get(0).projection().type();
        assertThat(index).isEqualTo("ALL".equals(projection) ? 10.0 : 0.1);
        assertThat(d.cost().storageGb()).isEqualTo(10.0 + index);
    }
}
