package io.keysmith.export.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.design.ItemRow;
import io.keysmith.design.Table;
import io.keysmith.export.ExportFixtures;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.AttributeType;
import io.keysmith.model.Cardinality;
import io.keysmith.model.Relationship;
import java.util.List;
import io.keysmith.model.Entity;
import io.keysmith.model.Model;
import io.keysmith.model.ModelValidator;
import io.keysmith.model.Problem;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkbenchImporterTests {

    @Test
    void facetsBecomeEntitiesWithKeyTemplatesInferredFromTheirItems() {
        WorkbenchImport imported = WorkbenchImporter.readWithDesign(ExportFixtures.text("workbench/facets.json"));
        assertThat(imported.model().entities()).extracting(Entity::name).containsExactly("Customer", "Order");
        Table table = imported.design().tables().get(0);
        assertThat(table.name()).isEqualTo("TinyShop");
        assertThat(keys(table, "Customer")).containsEntry("PK", "c#{customerId}").containsEntry("SK", "c#{customerId}")
                .containsEntry("GSI1-PK", "e#{Email}");
        assertThat(keys(table, "Order")).containsEntry("PK", "c#{customerId}").containsEntry("SK", "o#{orderId}");
        assertThat(table.globalSecondaryIndexes().get(0).sortKey()).isNull();
        assertThat(table.globalSecondaryIndexes().get(0).projection().type()).isEqualTo("KEYS_ONLY");
        assertThat(table.billingMode()).isEqualTo(io.keysmith.model.BillingMode.PROVISIONED);
        assertThat(table.provisioned()).isEqualTo(new Table.Capacity(4, 2));
    }

    @Test
    void attributesGetTheirDeclaredTypesAndKeyPlaceholdersBecomeIdentifiers() {
        Model model = WorkbenchImporter.read(ExportFixtures.text("workbench/facets.json"));
        Entity customer = model.entity("Customer").orElseThrow();
        assertThat(customer.attribute("Address").orElseThrow().type()).isEqualTo(AttributeType.MAP);
        assertThat(customer.identifierNames()).containsExactly("customerId");
        assertThat(customer.hasAttribute("GSI1-PK")).isFalse();
        Entity order = model.entity("Order").orElseThrow();
        assertThat(order.attribute("Total").orElseThrow().type()).isEqualTo(AttributeType.NUMBER);
        assertThat(order.identifierNames()).containsExactly("customerId", "orderId");
        assertThat(ModelValidator.validate(model)).noneMatch(Problem::isError);
    }

    @Test
    void itemsWithoutFacetsAreGroupedByTheirEntityTypeAttribute() {
        WorkbenchImport imported = WorkbenchImporter.readWithDesign(ExportFixtures.text("workbench/typed-items.json"));
        assertThat(imported.model().entities()).extracting(Entity::name).containsExactly("User", "Session");
        Table table = imported.design().tables().get(0);
        assertThat(keys(table, "User")).containsExactly(Map.entry("pk", "USER#{userId}"), Map.entry("sk", "PROFILE"));
        assertThat(keys(table, "Session")).containsEntry("sk", "SESSION#{sessionId}");
        Entity session = imported.model().entity("Session").orElseThrow();
        assertThat(session.attribute("expires").orElseThrow().type()).isEqualTo(AttributeType.NUMBER);
        assertThat(session.attribute("tags").orElseThrow().type()).isEqualTo(AttributeType.STRING_SET);
        assertThat(ModelValidator.validate(imported.model())).noneMatch(Problem::isError);
    }

    @Test
    void modelSchemaTemplatesAreTakenAsWritten() {
        WorkbenchImport imported = WorkbenchImporter.readWithDesign(ExportFixtures.text("workbench/model-schema.json"));
        assertThat(imported.model().entities()).extracting(Entity::name).containsExactly("Transaction");
        assertThat(keys(imported.design().tables().get(0), "Transaction")).containsEntry("PK", "{acctId}")
                .containsEntry("SK", "{acctId}#{timestamp}").containsEntry("GSI1PK", "{acctId}");
    }

    @Test
    void mapsOfEntriesKeyedByAnAttributeBecomeEmbeddedEntitiesOfTheirHost() {
        WorkbenchImport imported = WorkbenchImporter.readWithDesign(ExportFixtures.text("workbench/embedded.json"));
        Model model = imported.model();
        assertThat(model.entities()).extracting(Entity::name).containsExactly("Playlist", "Track", "Slot");
        Entity playlist = model.entity("Playlist").orElseThrow();
        // The entry maps only held children; an ordinary nested map stays an attribute.
        assertThat(playlist.attributes()).extracting(a -> a.name()).containsExactly("playlistId", "title", "prefs");
        assertThat(playlist.attribute("prefs").orElseThrow().type()).isEqualTo(AttributeType.MAP);
        Entity track = model.entity("Track").orElseThrow();
        assertThat(track.attributes()).extracting(a -> a.name()).containsExactly("playlistId", "trackId", "seconds", "explicit");
        assertThat(track.attribute("seconds").orElseThrow().type()).isEqualTo(AttributeType.NUMBER);
        assertThat(track.attribute("explicit").orElseThrow().type()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(track.identifierNames()).containsExactly("playlistId", "trackId");
        // An entry key made of two attribute values joined with #.
        assertThat(model.entity("Slot").orElseThrow().identifierNames()).containsExactly("hour", "half", "playlistId");
        assertThat(model.relationships()).containsExactly(
                new Relationship("Playlist", "Track", Cardinality.ONE_TO_MANY, List.of("playlistId"), null, 2, "tracks", null),
                new Relationship("Playlist", "Slot", Cardinality.ONE_TO_MANY, List.of("playlistId"), null, 1, "slots", null));
        ItemRow row = imported.design().tables().get(0).items().stream().filter(r -> "Track".equals(r.entity()))
                .findFirst().orElseThrow();
        assertThat(row.embeddedIn()).isEqualTo("Playlist");
        assertThat(row.attribute()).isEqualTo("tracks");
        assertThat(row.keyedBy()).containsExactly("trackId");
        assertThat(row.hostKey()).containsExactly(Map.entry("playlistId", "playlistId"));
        assertThat(ModelValidator.validate(model)).noneMatch(Problem::isError);
        assertThat(imported.notes()).anyMatch(n -> n.startsWith("Track (map tracks of Playlist items)"));
    }

    @Test
    void aRedesignOfTheImportedModelEmbedsTheChildrenAgain() {
        Model model = WorkbenchImporter.read(ExportFixtures.text("workbench/embedded.json"));
        Design design = DesignEngine.design(model);
        Map<String, ItemRow> embedded = design.tables().stream().flatMap(t -> t.items().stream())
                .filter(r -> r.embeddedIn() != null).collect(Collectors.toMap(ItemRow::entity, r -> r));
        assertThat(embedded).containsOnlyKeys("Track", "Slot");
        assertThat(embedded.get("Track").attribute()).isEqualTo("tracks");
        assertThat(embedded.get("Track").keyedBy()).containsExactly("trackId");
        assertThat(embedded.get("Slot").keyedBy()).containsExactly("hour", "half");
    }

    @Test
    void embeddedEntityNamesAreTheMapNamesInTheSingular() {
        assertThat(EmbeddedMaps.childName("addresses")).isEqualTo("Address");
        assertThat(EmbeddedMaps.childName("categories")).isEqualTo("Category");
        assertThat(EmbeddedMaps.childName("boxes")).isEqualTo("Box");
        assertThat(EmbeddedMaps.childName("lineItems")).isEqualTo("LineItem");
        assertThat(EmbeddedMaps.childName("days")).isEqualTo("Day");
        assertThat(EmbeddedMaps.childName("staff")).isEqualTo("Staff");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> WorkbenchImporter.read("{\n  \"ModelName\": \"x\",\n  \"DataModel\": [ }\n}"))
                .isInstanceOf(WorkbenchImportException.class).hasMessageStartingWith("line 3, column")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void aFileWithoutDataModelIsNotAWorkbenchModel() {
        assertThatThrownBy(() -> WorkbenchImporter.read("{\"format\": \"keysmith-model/1\"}"))
                .isInstanceOf(WorkbenchImportException.class).hasMessageContaining("\"DataModel\" is missing");
    }

    @Test
    void aTableWithoutNameSaysWhere() {
        String json = ExportFixtures.text("workbench/facets.json").replace("\"TableName\": \"TinyShop\",", "");
        assertThatThrownBy(() -> WorkbenchImporter.read(json)).isInstanceOf(WorkbenchImportException.class)
                .hasMessage("DataModel[0].TableName: is missing");
    }

    static Map<String, String> keys(Table table, String entity) {
        return table.items().stream().filter(r -> r.entity().equals(entity)).findFirst().map(ItemRow::keys)
                .orElseThrow(() -> new AssertionError("no row for " + entity + " in " + table.items()
                        .stream().map(ItemRow::entity).collect(Collectors.joining(", "))));
    }
}
