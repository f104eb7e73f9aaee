package io.keysmith.export.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.ItemRow;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.export.seed.SeedItem;
import io.keysmith.model.Attribute;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import io.keysmith.model.Relationship;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class WorkbenchExporterTests {

    @Test
    void exportThenImportGivesBackTablesIndexesEntitiesAndKeyTemplates() {
        Model model = ExportFixtures.model("shop.model.json");
        Design design = ExportFixtures.design("shop.design.json");
        WorkbenchImport back = WorkbenchImporter.readWithDesign(export(model, design));
        Table original = design.tables().get(0);
        Table imported = back.design().tables().get(0);
        assertThat(imported.name()).isEqualTo(original.name());
        assertThat(imported.partitionKey()).isEqualTo(original.partitionKey());
        assertThat(imported.sortKey()).isEqualTo(original.sortKey());
        assertThat(imported.globalSecondaryIndexes()).isEqualTo(original.globalSecondaryIndexes());
        assertThat(back.model().entities()).extracting(Entity::name).containsExactly("Customer", "Order");
        // Workbench has no local secondary indexes: Keysmith's section in the file brings them back
        assertThat(imported.localSecondaryIndexes()).isEqualTo(original.localSecondaryIndexes());
        for (ItemRow row : original.items()) {
            assertThat(WorkbenchImporterTests.keys(imported, row.entity())).as(row.entity()).isEqualTo(row.keys());
        }
        assertThat(back.model().entity("Order").orElseThrow().attribute("total")).isPresent();
    }

    @Test
    void exportThenImportBringsBackEmbeddedEntitiesAndARedesignEmbedsThemAgain() throws Exception {
        Model model = ModelReader.parse(io.keysmith.data.EmbeddingShop.json()).model();
        Design design = DesignEngine.design(model);
        List<ItemRow> embedded = design.tables().stream().flatMap(t -> t.items().stream())
                .filter(r -> r.embeddedIn() != null).toList();
        assertThat(embedded).as("the sample embeds a bounded child").isNotEmpty();
        // as NoSQL Workbench saves it: without Keysmith's section, the embedded entities are found in the samples
        String file = withoutKeysmithSection(export(model, design));
        WorkbenchImport back = WorkbenchImporter.readWithDesign(file);
        assertThat(back.model().entities()).extracting(Entity::name)
                .containsExactlyElementsOf(model.entities().stream().map(Entity::name).toList());
        for (ItemRow row : embedded) {
            Entity original = model.entity(row.entity()).orElseThrow();
            Entity imported = back.model().entity(row.entity()).orElseThrow();
            assertThat(imported.attributes()).extracting(Attribute::name)
                    .containsExactlyElementsOf(original.attributes().stream().map(Attribute::name).toList());
            assertThat(imported.identifierNames()).isEqualTo(original.identifierNames());
            assertThat(back.model().entity(row.embeddedIn()).orElseThrow().hasAttribute(row.attribute())).isFalse();
            Relationship link = back.model().relationships().stream()
                    .filter(r -> r.from().equals(row.embeddedIn()) && r.to().equals(row.entity())).findFirst().orElseThrow();
            Relationship bound = model.relationships().stream()
                    .filter(r -> r.from().equals(row.embeddedIn()) && r.to().equals(row.entity())).findFirst().orElseThrow();
            assertThat(link.foreignKey()).isEqualTo(List.copyOf(row.hostKey().keySet()));
            assertThat(link.maxChildren()).isBetween(1, bound.maxChildren());
        }
        Map<String, ItemRow> again = DesignEngine.design(back.model()).tables().stream().flatMap(t -> t.items().stream())
                .filter(r -> r.embeddedIn() != null).collect(Collectors.toMap(ItemRow::entity, r -> r));
        for (ItemRow row : embedded) {
            ItemRow redesigned = again.get(row.entity());
            assertThat(redesigned).as(row.entity() + " embedded again").isNotNull();
            assertThat(redesigned.embeddedIn()).isEqualTo(row.embeddedIn());
            assertThat(redesigned.attribute()).isEqualTo(row.attribute());
            assertThat(redesigned.keyedBy()).isEqualTo(row.keyedBy());
            assertThat(redesigned.hostKey()).isEqualTo(row.hostKey());
        }
        // Still a plain Workbench file: nothing beyond what Workbench itself writes.
        JsonNode root = ModelJson.MAPPER.readTree(file);
        assertThat(root.propertyNames()).containsExactlyInAnyOrder("ModelName", "ModelMetadata", "DataModel");
        for (JsonNode facet : root.path("DataModel").get(0).path("TableFacets")) {
            assertThat(facet.propertyNames()).containsExactlyInAnyOrder("FacetName", "KeyAttributeAlias", "TableData",
                    "NonKeyAttributes", "DataAccess");
        }
    }

    @Test
    void theSampleHostWithTheMostEmbeddedEntriesIsAlwaysShown() {
        ItemRow host = new ItemRow("Host", Map.of("PK", "H#{id}"), null, null, null, null);
        List<SeedItem> candidates = new java.util.ArrayList<>();
        for (int n = 0; n < 8; n++) {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (int e = 0; e < (n == 6 ? 9 : n % 3); e++) {
                entries.put("k" + e, Map.of("key", "k" + e));
            }
            candidates.add(new SeedItem("T", host, Map.of("PK", "H#" + n, "id", "" + n, "children", entries)));
        }
        List<SeedItem> shown = WorkbenchExporter.shown(WorkbenchExporter.fullestFirst(candidates, List.of("children")));
        assertThat(shown).hasSize(WorkbenchExporter.ITEMS_PER_ENTITY).contains(candidates.get(6));
        assertThat(WorkbenchExporter.shown(candidates)).doesNotContain(candidates.get(6));
    }

    @Test
    void facetsCarryTheKeyTemplatesAndSampleItemsOfTheirEntity() {
        JsonNode table = ModelJson.MAPPER.readTree(export(ExportFixtures.model("shop.model.json"),
                ExportFixtures.design("shop.design.json"))).path("DataModel").get(0);
        JsonNode order = table.path("TableFacets").get(1);
        assertThat(order.path("FacetName").asString()).isEqualTo("Order");
        assertThat(order.path("KeyAttributeAlias").path("SortKeyAlias").asString()).isEqualTo("ORDER#{orderDate}#{orderId}");
        assertThat(order.path("TableData")).isNotEmpty();
        for (JsonNode item : order.path("TableData")) {
            assertThat(item.path("SK").path("S").asString()).startsWith("ORDER#");
            assertThat(item.path("PK").path("S").asString()).isEqualTo("CUSTOMER#" + item.path("customerId").path("S").asString());
        }
        assertThat(table.path("GlobalSecondaryIndexes").get(0).path("IndexName").asString()).isEqualTo("GSI1");
        assertThat(table.path("BillingMode").asString()).isEqualTo("PAY_PER_REQUEST");
    }

    static Stream<Path> samples() throws java.io.IOException {
        return Files.list(Path.of("sample-models")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    /** A sample item attribute the facet does not list, or whose type is not the one the table declares. */
    @ParameterizedTest
    @MethodSource("samples")
    void everySampleItemHoldsOnlyAttributesItsFacetDeclaresWithTheDeclaredType(Path sample) throws Exception {
        Model model = ModelReader.parse(Files.readString(sample)).model();
        for (io.keysmith.model.TableStyle style : List.of(io.keysmith.model.TableStyle.SINGLE_TABLE, io.keysmith.model.TableStyle.MULTI_TABLE)) {
            JsonNode root = ModelJson.MAPPER.readTree(export(model, DesignEngine.design(model, style)));
            for (JsonNode table : root.path("DataModel")) {
                Map<String, String> types = new LinkedHashMap<>();
                for (String key : List.of("PartitionKey", "SortKey")) {
                    JsonNode k = table.path("KeyAttributes").path(key);
                    if (!k.isMissingNode()) {
                        types.put(k.path("AttributeName").asString(), k.path("AttributeType").asString());
                    }
                }
                Map<String, String> keyTypes = Map.copyOf(types);
                table.path("NonKeyAttributes").forEach(a -> types.put(a.path("AttributeName").asString(),
                        a.path("AttributeType").asString()));
                for (JsonNode facet : table.path("TableFacets")) {
                    java.util.Set<String> listed = new java.util.HashSet<>(keyTypes.keySet());
                    facet.path("NonKeyAttributes").forEach(a -> listed.add(a.asString()));
                    String where = sample.getFileName() + " " + style + " " + facet.path("FacetName").asString();
                    for (JsonNode item : facet.path("TableData")) {
                        for (var attribute : item.properties()) {
                            assertThat(listed).as(where + ": the facet lists " + attribute.getKey()).contains(attribute.getKey());
                            assertThat(attribute.getValue().propertyNames().iterator().next())
                                    .as(where + ": the type of " + attribute.getKey()).isEqualTo(types.get(attribute.getKey()));
                        }
                    }
                }
            }
        }
    }

    /** Export, import, export: Keysmith's section in the file brings back the model and key templates exactly. */
    @ParameterizedTest
    @MethodSource("samples")
    void exportImportExportGivesBackTheModelAndTheSameFile(Path sample) throws Exception {
        Model model = ModelReader.parse(Files.readString(sample)).model();
        Design design = DesignEngine.design(model);
        String file = export(model, design);
        WorkbenchImport back = WorkbenchImporter.readWithDesign(file);
        assertThat(back.model()).isEqualTo(model);
        assertThat(back.design().tables()).isEqualTo(design.tables());
        assertThat(withoutDates(export(back.model(), DesignEngine.design(back.model())))).isEqualTo(withoutDates(file));
    }

    @Test
    void aFileWhoseTablesChangedInWorkbenchIsReadFromItsTablesAndSaysSo() throws Exception {
        Model model = ModelReader.parse(Files.readString(Path.of("sample-models", "online-shop.json"))).model();
        String edited = export(model, DesignEngine.design(model)).replace("\"FacetName\": \"Category\"", "\"FacetName\": \"Section\"");
        WorkbenchImport back = WorkbenchImporter.readWithDesign(edited);
        assertThat(back.model().entity("Section")).isPresent();
        assertThat(back.notes()).anyMatch(n -> n.contains("the tables changed since Keysmith wrote the file"));
    }

    static String withoutKeysmithSection(String workbench) {
        ObjectNode root = (ObjectNode) ModelJson.MAPPER.readTree(workbench);
        ((ObjectNode) root.path("ModelMetadata")).remove(KeysmithSection.FIELD);
        return ModelJson.write(root);
    }

    private static String withoutDates(String workbench) {
        return workbench.replaceAll("\"Date(Created|LastModified)\": \"[^\"]*\"", "");
    }

    static Stream<String> hostile() {
        return ExportFixtures.HOSTILE.stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileNamesSurviveAsExactStrings(String hostile) {
        Design design = ExportFixtures.hostileDesign(hostile);
        JsonNode root = ModelJson.MAPPER.readTree(export(ExportFixtures.hostileModel(hostile), design));
        assertThat(root.path("ModelName").asString()).isEqualTo(hostile);
        JsonNode table = root.path("DataModel").get(0);
        List<String> indexKeys = Stream.of(table.path("GlobalSecondaryIndexes").get(0).path("KeyAttributes"))
                .flatMap(k -> Stream.of(k.path("PartitionKey"), k.path("SortKey")))
                .map(k -> k.path("AttributeName").asString()).toList();
        assertThat(indexKeys).containsExactly(hostile + "1", hostile + "2");
        SecondaryIndex gsi = design.tables().get(0).globalSecondaryIndexes().get(0);
        assertThat(gsi.partitionKey().name()).isEqualTo(hostile + "1");
    }

    static String export(Model model, Design design) {
        List<ExportedFile> files = Exporters.export(model, design, Format.WORKBENCH, ExportOptions.DEFAULT);
        assertThat(files).hasSize(1);
        return files.get(0).content();
    }
}
