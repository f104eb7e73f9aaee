package io.keysmith.design;

import static io.keysmith.design.Designs.CUSTOMER;
import static io.keysmith.design.Designs.CUSTOMER_ORDERS;
import static io.keysmith.design.Designs.ORDER;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WalkthroughTests {

    /** Customers by id and by name, orders by id and by customer: the last two need GSI1. */
    private static final Model SHOP = model(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
            read("AP1", "Customer", eq("customerId")) + ","
                    + read("AP2", "Customer", eq("name")) + ","
                    + read("AP3", "Order", eq("orderId")) + ","
                    + read("AP4", "Order", eq("customerId"),
                            ", \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"desc\"}")));

    private static Walkthrough.Stage stage(List<Walkthrough.Stage> stages, String rule) {
        return stages.stream().filter(s -> s.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static Walkthrough.Stage stageBefore(List<Walkthrough.Stage> stages, String rule) {
        return stages.get(stages.indexOf(stage(stages, rule)) - 1);
    }

    @Test
    void afterThePrefixRuleNoEntityHasAKeyOrATableYet() {
        TableSnapshot table = stage(DesignEngine.walkthrough(SHOP, null), "entity-per-item").table();
        assertThat(table.rows()).extracting(TableSnapshot.Row::entity).containsExactly("Customer", "Order");
        assertThat(table.rows()).allSatisfy(r -> {
            assertThat(r.keys()).isEmpty();
            assertThat(r.table()).isNull();
        });
        assertThat(table.indexes()).isEmpty();
    }

    @Test
    void theGsiRuleGivesOrdersTheirIndexKeysAndMarksTheRowChanged() {
        List<Walkthrough.Stage> stages = DesignEngine.walkthrough(SHOP, null);
        TableSnapshot before = stageBefore(stages, "overloaded-gsi").table();
        Walkthrough.Stage gsi = stage(stages, "overloaded-gsi");

        assertThat(before.row("Order|item").indexKeys()).isEmpty();
        assertThat(before.indexes()).isEmpty();
        TableSnapshot.Key key = gsi.table().row("Order|item").indexKeys().get(0);
        assertThat(key.index()).isEqualTo("GSI1");
        assertThat(key.partitionName()).isEqualTo("GSI1PK");
        assertThat(key.partition()).isEqualTo("CUSTOMER#{customerId}");
        assertThat(key.sortName()).isEqualTo("GSI1SK");
        assertThat(key.sort()).isEqualTo("ORDER#{orderDate}#{orderId}");
        assertThat(gsi.table().indexes()).containsExactly("GSI1");
        assertThat(gsi.changed()).contains("Order|item");
        assertThat(gsi.steps()).singleElement().satisfies(s -> assertThat(s.rule()).isEqualTo("overloaded-gsi"));
    }

    @Test
    void aRuleThatChangesNothingMarksNoRow() {
        Walkthrough.Stage lsi = stage(DesignEngine.walkthrough(SHOP, null), "lsi-for-strong-read");
        assertThat(lsi.steps().get(0).fired()).isFalse();
        assertThat(lsi.changed()).isEmpty();
    }

    @Test
    void tablesAreNamedOnlyOnceTheTableLayoutRuleRan() {
        List<Walkthrough.Stage> stages = DesignEngine.walkthrough(SHOP, io.keysmith.model.TableStyle.MULTI_TABLE);
        assertThat(stageBefore(stages, "table-layout").table().rows()).allSatisfy(r -> assertThat(r.table()).isNull());
        assertThat(stage(stages, "table-layout").table().rows()).allSatisfy(r -> assertThat(r.table()).isNotBlank());
    }

    @Test
    void anEarlierSnapshotStaysAsItWasWhileLaterRulesRun() {
        List<Walkthrough.Stage> stages = DesignEngine.walkthrough(SHOP, null);
        TableSnapshot early = stage(stages, "base-table-key").table();
        TableSnapshot last = stages.get(stages.size() - 1).table();
        assertThat(early.row("Order|item").indexKeys()).isEmpty();
        assertThat(last.row("Order|item").indexKeys()).isNotEmpty();
    }

    @Test
    void embeddingAndLookupsShowFromTheRuleThatMadeThem() {
        String device = """
                {"name": "Device", "attributes": [{"name": "deviceId", "type": "string", "identifier": true},
                  {"name": "serial", "type": "string", "unique": true}]},
                {"name": "Sensor", "attributes": [{"name": "sensorId", "type": "string", "identifier": true},
                  {"name": "deviceId", "type": "string"}]}""";
        String bounded = """
                {"from": "Device", "to": "Sensor", "cardinality": "one-to-many", "foreignKey": "deviceId", "maxChildren": 16}""";
        List<Walkthrough.Stage> stages = DesignEngine.walkthrough(model(model(device, bounded,
                read("AP1", "Device", eq("deviceId"), ", \"include\": [\"Sensor\"]") + ","
                        + read("AP2", "Device", eq("serial")))), null);
        assertThat(stageBefore(stages, "embed-bounded-children").table().row("Sensor|item").kind())
                .isEqualTo(TableSnapshot.Kind.ITEM);
        Walkthrough.Stage embed = stage(stages, "embed-bounded-children");
        assertThat(embed.table().row("Sensor|item").kind()).isEqualTo(TableSnapshot.Kind.EMBEDDED);
        assertThat(embed.table().row("Sensor|item").host()).isEqualTo("Device");
        assertThat(embed.changed()).containsExactly("Sensor|item");
        assertThat(stageBefore(stages, "unique-attribute-lookup").table().row("Device|lookup serial")).isNull();
        TableSnapshot.Row lookup = stage(stages, "unique-attribute-lookup").table().row("Device|lookup serial");
        assertThat(lookup.kind()).isEqualTo(TableSnapshot.Kind.LOOKUP);
        assertThat(lookup.base().partition()).contains("{serial}");
    }

    @Test
    void theStagesHoldTheDesignsStepsAndTheLastTableIsTheFinishedDesign() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("sample-models"))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Model m = ModelReader.read(file).model();
            for (io.keysmith.model.TableStyle style : List.of(io.keysmith.model.TableStyle.SINGLE_TABLE, io.keysmith.model.TableStyle.MULTI_TABLE)) {
                Design design = DesignEngine.design(m, style);
                List<Walkthrough.Stage> stages = DesignEngine.walkthrough(m, style);
                assertThat(stages.stream().flatMap(s -> s.steps().stream()).toList()).as(file + " " + style)
                        .isEqualTo(design.steps());
                TableSnapshot last = stages.get(stages.size() - 1).table();
                for (Table t : design.tables()) {
                    for (ItemRow row : t.items()) {
                        TableSnapshot.Row snap = last.rows().stream().filter(r -> r.entity().equals(row.entity())
                                && r.kind().name().equalsIgnoreCase(row.kind())
                                && (r.kind() != TableSnapshot.Kind.LOOKUP || flat(r).equals(row.keys())))
                                .findFirst().orElse(null);
                        assertThat(snap).as(file + " " + style + " " + row.entity()).isNotNull();
                        assertThat(snap.table()).isEqualTo(t.name());
                        assertThat(flat(snap)).as(file + " " + style + " " + row.entity()).isEqualTo(row.keys());
                        assertThat(snap.host()).isEqualTo(row.embeddedIn());
                    }
                }
                assertThat(last.indexes()).as(file + " " + style).containsExactlyInAnyOrderElementsOf(design.tables().stream()
                        .flatMap(t -> Stream.concat(t.globalSecondaryIndexes().stream(), t.localSecondaryIndexes().stream()))
                        .map(SecondaryIndex::name).distinct().toList());
            }
        }
    }

    @Test
    void walkingThroughLeavesTheDesignDocumentAsItWas() throws IOException {
        Model m = ModelReader.read(Path.of("sample-models/online-shop.json")).model();
        String first = ModelJson.write(DesignEngine.design(m));
        DesignEngine.walkthrough(m, null);
        assertThat(ModelJson.write(DesignEngine.design(m))).isEqualTo(first);
    }

    private static Map<String, String> flat(TableSnapshot.Row r) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (TableSnapshot.Key k : r.keys()) {
            if (k.partitionName() != null) {
                keys.put(k.partitionName(), k.partition());
            }
            if (k.sortName() != null) {
                keys.put(k.sortName(), k.sort());
            }
        }
        return keys;
    }
}
