package io.keysmith.export.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class SeedExporterTests {

    private final Model model = ExportFixtures.model("shop.model.json");
    private final Design design = ExportFixtures.design("shop.design.json");

    @Test
    void batchRequestsHoldAtMost25PutsAndTogetherEveryItem() {
        List<ExportedFile> files = export(model, design, 7, 120);
        List<JsonNode> requests = files.stream().filter(f -> f.path().startsWith("seed/batch-write/"))
                .map(f -> ModelJson.MAPPER.readTree(f.content())).toList();
        List<JsonNode> puts = new ArrayList<>();
        for (JsonNode request : requests) {
            int inRequest = 0;
            for (JsonNode table : request) {
                table.forEach(put -> puts.add(put.path("PutRequest").path("Item")));
                inRequest += table.size();
            }
            assertThat(inRequest).isBetween(1, 25);
        }
        List<JsonNode> lines = importLines(files);
        assertThat(puts).hasSize(lines.size()).hasSize(120);
        assertThat(requests).hasSize((120 + 24) / 25);
    }

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("sample-models")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    /** {@code export --to seed --count 5} failed where a child was generated before any of its parents. */
    @ParameterizedTest
    @MethodSource("samples")
    void everySampleExportsSeedDataAtAnySmallCount(Path sample) throws Exception {
        Model read = ModelReader.parse(Files.readString(sample)).model();
        Design designed = DesignEngine.design(read);
        for (int count = 1; count <= 12; count++) {
            assertThat(importLines(export(read, designed, 1, count))).as(sample + " --count " + count).isNotEmpty();
        }
    }

    @Test
    void everyItemHasItsKeysAndEveryOrderPointsAtAnExistingCustomer() {
        List<JsonNode> items = importLines(export(model, design, 3, 200));
        Set<String> customers = new HashSet<>();
        Set<String> primaryKeys = new HashSet<>();
        for (JsonNode item : items) {
            assertThat(item.path("PK").path("S").asString()).isNotEmpty();
            assertThat(item.path("SK").path("S").asString()).isNotEmpty();
            assertThat(primaryKeys.add(item.path("PK").path("S").asString() + "|" + item.path("SK").path("S").asString())).isTrue();
            if (item.has("email") && !item.has("orderId")) {
                customers.add(item.path("customerId").path("S").asString());
                assertThat(item.path("GSI1PK").path("S").asString()).isEqualTo("EMAIL#" + item.path("email").path("S").asString());
            }
        }
        List<JsonNode> orders = items.stream().filter(i -> i.has("orderId")).toList();
        assertThat(orders).isNotEmpty();
        assertThat(customers).isNotEmpty();
        for (JsonNode order : orders) {
            assertThat(customers).contains(order.path("customerId").path("S").asString());
            assertThat(order.path("SK").path("S").asString())
                    .isEqualTo("ORDER#" + order.path("orderDate").path("S").asString() + "#" + order.path("orderId").path("S").asString());
            assertThat(order.path("LSI1SK").has("N")).as("a number key is typed N").isTrue();
            assertThat(List.of("PLACED", "SHIPPED")).contains(order.path("status").path("S").asString());
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() {
        assertThat(export(model, design, 42, 50)).isEqualTo(export(model, design, 42, 50));
        assertThat(export(model, design, 43, 50)).isNotEqualTo(export(model, design, 42, 50));
    }

    @Test
    void aDesignAloneStillGivesItemsWithEveryKey() {
        List<JsonNode> items = importLines(export(null, design, 1, 30));
        assertThat(items).hasSize(30).allSatisfy(i -> assertThat(i.has("PK") && i.has("SK")).isTrue());
    }

    @Test
    void embeddedChildrenArriveInsideTheirHostItemKeyedByTheirEntryKey() throws IOException {
        Model shop = ModelReader.parse(io.keysmith.data.EmbeddingShop.json()).model();
        List<JsonNode> items = importLines(export(shop, DesignEngine.design(shop), 9, 600));
        List<JsonNode> customers = items.stream().filter(i -> i.path("SK").path("S").asString().equals("CUSTOMER")).toList();
        assertThat(customers).isNotEmpty().allSatisfy(c -> assertThat(c.path("addresses").has("M")).isTrue());
        int entries = 0;
        for (JsonNode customer : customers) {
            for (var e : customer.path("addresses").path("M").properties()) {
                JsonNode address = e.getValue().path("M");
                assertThat(address.path("addressId").path("S").asString()).isEqualTo(e.getKey());
                assertThat(address.path("customerId")).isEqualTo(customer.path("customerId"));
                entries++;
            }
        }
        assertThat(entries).isPositive();
        assertThat(items).noneMatch(i -> i.has("addressId") && !i.has("addresses"));
    }

    @Test
    void theImportCommandHasTheTableCreationParametersItNames() {
        Map<String, String> files = byPath(export(model, design, 1, 10));
        String parameters = files.get("seed/s3-import/SmallShop.table-creation-parameters.json");
        JsonNode p = ModelJson.MAPPER.readTree(parameters);
        assertThat(p.path("TableName").asString()).isEqualTo("SmallShop");
        assertThat(p.path("KeySchema").toString()).isEqualTo("[{\"AttributeName\":\"PK\",\"KeyType\":\"HASH\"},"
                + "{\"AttributeName\":\"SK\",\"KeyType\":\"RANGE\"}]");
        assertThat(p.path("AttributeDefinitions").size()).isEqualTo(5);
        assertThat(p.path("GlobalSecondaryIndexes").get(0).path("IndexName").asString()).isEqualTo("GSI1");
        assertThat(p.path("BillingMode").asString()).isEqualTo("PAY_PER_REQUEST");
        assertThat(p.has("LocalSecondaryIndexes")).isFalse();
        assertThat(files.get("seed/README.md"))
                .contains("--table-creation-parameters file://seed/s3-import/SmallShop.table-creation-parameters.json")
                .contains("S3KeyPrefix=seed/s3-import/SmallShop.json")
                .contains("Import cannot create the local secondary indexes of SmallShop");
    }

    static Stream<String> hostile() {
        return ExportFixtures.HOSTILE.stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileEnumerationValuesArriveAsExactStrings(String hostile) {
        Model hostileModel = ExportFixtures.hostileModel(hostile);
        List<JsonNode> items = importLines(export(hostileModel, design, 5, 40));
        assertThat(items).anySatisfy(i -> assertThat(i.path("tier").path("S").asString()).isEqualTo(hostile));
        export(hostileModel, design, 5, 40).stream().filter(f -> f.path().endsWith(".json"))
                .forEach(f -> assertThat(f.content().lines()).allSatisfy(l -> assertThat(l).doesNotContain("\u2028")));
    }

    static List<JsonNode> importLines(List<ExportedFile> files) {
        List<JsonNode> items = new ArrayList<>();
        for (ExportedFile file : files) {
            if (file.path().startsWith("seed/s3-import/") && !file.path().endsWith(".table-creation-parameters.json")) {
                file.content().lines().forEach(l -> items.add(ModelJson.MAPPER.readTree(l).path("Item")));
            }
        }
        return items;
    }

    static List<ExportedFile> export(Model model, Design design, long seed, int count) {
        return Exporters.export(model, design, Format.SEED, new ExportOptions(null, seed, count));
    }

    static Map<String, String> byPath(List<ExportedFile> files) {
        return files.stream().collect(java.util.stream.Collectors.toMap(ExportedFile::path, ExportedFile::content));
    }
}
