package io.keysmith.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThroughputTests {

    private final Model model = ExportFixtures.model("shop.model.json");

    @Test
    void readsCountOnTheIndexTheyQueryAtThePatternsRate() {
        Throughput t = throughput(ExportFixtures.text("shop.design.json"));
        // AP1 0.5 x 1/s + AP2 2.0 x 20/s on the table; AP3 0.5 x 1/s on GSI1.
        assertThat(t.all()).containsEntry("", new Throughput.Units(41, 1)).containsEntry("GSI1", new Throughput.Units(1, 1));
    }

    @Test
    void aWriteIsSplitOverTheTableAndEveryIndexItsItemLandsIn() {
        // AP4 creates an Order: 3 units = the item on the table, on LSI1 (table capacity) and on GSI1.
        Throughput t = throughput(ExportFixtures.text("shop.design.json").replace("\"writeUnits\": 1.0", "\"writeUnits\": 3.0"));
        assertThat(t.all().get("")).isEqualTo(new Throughput.Units(41, 2));
        assertThat(t.all().get("GSI1")).isEqualTo(new Throughput.Units(1, 1));
    }

    @Test
    void aWriteOfAnItemNoGsiHoldsCostsTheGsiNothing() {
        String json = ExportFixtures.text("shop.design.json").replace("\"writeUnits\": 1.0", "\"writeUnits\": 30.0")
                .replace("\"GSI1PK\": \"ORDER#{orderId}\", \"GSI1SK\": \"ORDER#{orderId}\", ", "");
        Throughput t = throughput(json);
        assertThat(t.all().get("")).isEqualTo(new Throughput.Units(41, 30));
        assertThat(t.all().get("GSI1")).isEqualTo(new Throughput.Units(1, 1));
    }

    @Test
    void theSumOverTableAndIndexesIsTheDesignsEstimateNotTwiceIt() {
        Throughput t = throughput(ExportFixtures.text("shop.design.json").replace("\"writeUnits\": 1.0", "\"writeUnits\": 30.0"));
        Map<String, Throughput.Units> all = t.all();
        // 30 units: 20 on the table (item and LSI1), 10 on GSI1.
        assertThat(all.get("").write() + all.get("GSI1").write()).isEqualTo(30);
    }

    @Test
    void withoutUnitsInThePlansTheTablesFiguresApplyEverywhere() {
        String json = ExportFixtures.text("shop.design.json").replaceAll(",\\s*\"(read|write)Units\": [0-9.]+", "")
                .replace("\"PAY_PER_REQUEST\"", "\"PROVISIONED\", \"provisioned\": {\"readCapacityUnits\": 12, \"writeCapacityUnits\": 7}");
        Design design = ExportFixtures.parseDesign(json);
        TableSpec spec = TableSpec.of(design.tables().get(0), design, model);
        assertThat(spec.readCapacity()).isEqualTo(12);
        assertThat(spec.globalIndexes().get(0).readCapacity()).isEqualTo(12);
        assertThat(spec.globalIndexes().get(0).writeCapacity()).isEqualTo(7);
    }

    private Throughput throughput(String json) {
        Design design = ExportFixtures.parseDesign(json);
        return Throughput.of(design.tables().get(0), design, model);
    }

    @Test
    void anEngineDesignGivesEachIndexTheCapacityItsOwnWritesNeed() {
        String order = """
                {"name": "Order", "attributes": [{"name": "orderId", "type": "string", "identifier": true},
                  {"name": "orderDate", "type": "datetime"},
                  {"name": "status", "type": "string", "values": ["OPEN", "SHIPPED", "DELIVERED", "CANCELLED"]}],
                 "count": 1000000, "itemSizeBytes": 1024}""";
        String patterns = io.keysmith.design.Designs.read("AP1", "Order", io.keysmith.design.Designs.eq("orderId")) + ","
                + io.keysmith.design.Designs.read("AP2", "Order", "{\"attribute\": \"status\", \"op\": \"=\", \"value\": \"OPEN\"}",
                        ", \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"asc\"}, \"limit\": 20")
                + ", {\"id\": \"AP3\", \"name\": \"add\", \"type\": \"create\", \"entity\": \"Order\", \"rate\": 400}";
        String json = io.keysmith.design.Designs.model(order, "", patterns)
                .replace("\"name\": \"Test\",", "\"name\": \"Test\", \"settings\": {\"billingMode\": \"PROVISIONED\"},");
        Model provisioned = io.keysmith.design.Designs.model(json);
        Design design = io.keysmith.design.DesignEngine.design(provisioned);
        TableSpec spec = TableSpec.of(design.tables().get(0), design, provisioned);
        // 400 orders/s of 1 KB on the table; a quarter of them (OPEN) in the sparse GSI, not a copy of the table's 400.
        assertThat(spec.writeCapacity()).isEqualTo(400);
        assertThat(spec.globalIndexes().get(0).writeCapacity()).isEqualTo(100);
        assertThat(design.tables().get(0).provisioned().writeCapacityUnits()).isEqualTo(400);
    }
}
