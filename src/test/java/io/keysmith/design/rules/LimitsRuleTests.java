package io.keysmith.design.rules;

import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.read;
import static io.keysmith.design.Designs.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import org.junit.jupiter.api.Test;

class LimitsRuleTests {

    private static String blob(int size) {
        return "{\"name\": \"Blob\", \"attributes\": [{\"name\": \"blobId\", \"type\": \"string\", \"identifier\": true}],"
                + " \"itemSizeBytes\": " + size + "}";
    }

    @Test
    void anItemOverFourHundredKilobytesMakesTheDesignInvalid() {
        Design d = io.keysmith.design.Designs.designUnchecked(model(blob(500_000), "", read("AP1", "Blob", eq("blobId"))));
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("item-size") && w.severity().equals("error"));
        assertThat(step(d, "limits").fired()).isTrue();
    }

    @Test
    void aDesignWithinTheLimitsHasNoErrors() {
        Design d = design(model(blob(2_000), "", read("AP1", "Blob", eq("blobId"))));
        assertThat(d.warnings()).noneMatch(w -> "error".equals(w.severity()));
        assertThat(step(d, "limits").fired()).isFalse();
        assertThat(step(d, "limits").explanation()).startsWith("Every limit holds");
    }

    @Test
    void moreReadPathsThanTwentyIndexesFallBackToAScanWithAWarning() {
        StringBuilder attrs = new StringBuilder("{\"name\": \"blobId\", \"type\": \"string\", \"identifier\": true}");
        StringBuilder reads = new StringBuilder(read("AP0", "Wide", eq("blobId")));
        for (int i = 1; i <= 21; i++) {
            attrs.append(", {\"name\": \"a").append(i).append("\", \"type\": \"string\"}");
            reads.append(", ").append(read("AP" + i, "Wide", eq("a" + i)));
        }
        Design d = design(model("{\"name\": \"Wide\", \"attributes\": [" + attrs + "]}", "", reads.toString()));
        assertThat(d.tables().get(0).globalSecondaryIndexes()).hasSize(20);
        assertThat(io.keysmith.design.Designs.plan(d, "AP21").operation()).isEqualTo("Scan");
        assertThat(io.keysmith.design.Designs.plan(d, "AP21").verdict()).startsWith("needs a Scan: no key covers a21").contains("unknown, assumed 1,000");
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("scan") && w.target().equals("AP21"));
    }

    private static final String ORDER = """
            {"name": "Order", "attributes": [{"name": "orderId", "type": "string", "identifier": true},
              {"name": "customerId", "type": "string", "immutable": true},
              {"name": "orderDate", "type": "datetime", "immutable": true},
              {"name": "total", "type": "number"},
              {"name": "status", "type": "string", "values": ["OPEN", "SHIPPED"]}],
             "count": 10000000, "itemSizeBytes": 4000}""";
    private static final String CUSTOMER = """
            {"name": "Customer", "attributes": [{"name": "customerId", "type": "string", "identifier": true}],
             "count": 1000, "itemSizeBytes": 500}""";
    private static final String CUSTOMER_ORDERS = """
            {"from": "Customer", "to": "Order", "cardinality": "one-to-many", "foreignKey": "customerId"}""";

    private static String range(String attribute) {
        return "{\"attribute\": \"" + attribute + "\", \"op\": \">=\"}";
    }

    private static String rooms(long messages) {
        return """
                {"name": "Room", "attributes": [{"name": "roomId", "type": "string", "identifier": true}], "count": 10},
                {"name": "Message", "attributes": [
                  {"name": "roomId", "type": "string", "identifier": true},
                  {"name": "messageId", "type": "string", "identifier": true},
                  {"name": "sentAt", "type": "datetime"}], "count": %d, "itemSizeBytes": 4000}""".formatted(messages);
    }

    @Test
    void anLsiItemCollectionTheCountsPutOverTenGigabytesIsAnError() {
        String relationship = "{\"from\": \"Room\", \"to\": \"Message\", \"cardinality\": \"one-to-many\", \"foreignKey\": \"roomId\"}";
        String patterns = read("AP1", "Message", eq("roomId") + "," + eq("messageId")) + ","
                + read("AP2", "Message", eq("roomId"), ", \"orderBy\": {\"attribute\": \"sentAt\", \"direction\": \"desc\"},"
                        + " \"consistency\": \"strong\"") + ","
                + "{\"id\": \"AP3\", \"name\": \"edit\", \"type\": \"update\", \"entity\": \"Message\", \"set\": [\"sentAt\"]}";
        // 10 million messages of 4 KB per room: 40 GB under one partition key value.
        Design d = io.keysmith.design.Designs.designUnchecked(model(rooms(100_000_000), relationship, patterns));
        assertThat(d.tables().get(0).localSecondaryIndexes()).isNotEmpty();
        assertThat(d.warnings()).anyMatch(w -> w.code().equals("lsi-collection-size") && w.severity().equals("error")
                && w.message().contains("40.0 GB"));
        Design small = io.keysmith.design.Designs.designUnchecked(model(rooms(1_000_000), relationship, patterns));
        assertThat(small.warnings()).noneMatch(w -> w.code().equals("lsi-collection-size"));
    }

    @Test
    void writesAboveAThousandUnitsOnAnUnshardedPartitionAreAnError() {
        // 5,000 orders/s of 4 KB over the two status partitions of the index: 10,000 units/s each.
        String patterns = read("AP1", "Order", eq("orderId")) + "," + read("AP2", "Order", eq("status") + "," + range("orderDate"))
                + ", {\"id\": \"AP3\", \"name\": \"add\", \"type\": \"create\", \"entity\": \"Order\", \"rate\": 5000}";
        Design d = io.keysmith.design.Designs.designUnchecked(model(ORDER, "", patterns));
        boolean sharded = d.tables().get(0).items().stream().anyMatch(r -> r.keys().values().stream().anyMatch(k -> k.contains("{#shard")));
        assertThat(sharded || d.warnings().stream().anyMatch(w -> "Order".equals(w.target()) && "error".equals(w.severity())))
                .as("an unsharded hot partition is an error").isTrue();
        assertThat(d.warnings()).noneMatch(w -> "Order".equals(w.target()) && "hot-partition".equals(w.code())
                && "warning".equals(w.severity()) && w.message().contains("status"));
    }

    @Test
    void readsAboveThreeThousandUnitsFromOneLiteralPartitionAreAnError() {
        String patterns = read("AP1", "Order", eq("orderId")) + "," + read("AP2", "Order",
                "{\"attribute\": \"status\", \"op\": \"=\", \"value\": \"OPEN\"}",
                ", \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"desc\"}, \"limit\": 100, \"rate\": 2000");
        Design d = io.keysmith.design.Designs.designUnchecked(model(ORDER, "", patterns));
        // 100 orders of 4 KB, eventually consistent: 50 units a request, 100,000 units/s on one partition.
        assertThat(d.warnings()).anyMatch(w -> "AP2".equals(w.target()) && "error".equals(w.severity()));
    }

    @Test
    void readsOfOneLiteralPartitionAddUpAcrossPatterns() {
        String open = "{\"attribute\": \"status\", \"op\": \"=\", \"value\": \"OPEN\"}";
        String newest = ", \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"desc\"}, \"limit\": 100";
        // 100 orders of 4,000 bytes, eventually consistent: 49 units a request; 40/s and 30/s are 1,960 and 1,470 units/s,
        // each under one partition's 3,000, together over it
        String patterns = read("AP1", "Order", eq("orderId")) + "," + read("AP2", "Order", open, newest + ", \"rate\": 40")
                + "," + read("AP3", "Order", open, newest + ", \"rate\": 30");
        Design d = io.keysmith.design.Designs.designUnchecked(model(ORDER, "", patterns));
        assertThat(io.keysmith.design.Designs.plan(d, "AP2").index()).isEqualTo(io.keysmith.design.Designs.plan(d, "AP3").index());
        assertThat(d.warnings()).anyMatch(w -> "partition-throughput".equals(w.code()) && "error".equals(w.severity())
                && w.message().contains("AP2, AP3 read 3430 units/s together") && w.remedy().contains("cache"));

        Design quiet = io.keysmith.design.Designs.designUnchecked(model(ORDER, "", patterns.replace("\"rate\": 30", "\"rate\": 10")));
        assertThat(quiet.warnings()).noneMatch(w -> "partition-throughput".equals(w.code()));
    }
}
