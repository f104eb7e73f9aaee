package io.keysmith.export.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.design.ItemRow;
import io.keysmith.design.Table;
import io.keysmith.export.ExportFixtures;
import io.keysmith.model.AttributeType;
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
        assertThat(table.billingMode()).isEqualTo("PROVISIONED");
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
