package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.KeyAttribute;
import io.keysmith.design.Projection;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.export.TableSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/** The live table is created exactly as the exporters deploy it: both start from {@link TableSpec}. */
class TableSchemaTests {

    private static final KeyAttribute PK = new KeyAttribute("PK", "S");
    private static final KeyAttribute SK = new KeyAttribute("SK", "S");

    private static Table table(io.keysmith.model.BillingMode billing, Projection projection) {
        SecondaryIndex gsi = new SecondaryIndex("GSI1", new KeyAttribute("GSI1PK", "S"), new KeyAttribute("GSI1SK", "N"), projection);
        return new Table("Shop", PK, SK, List.of(gsi), List.of(), billing, null, List.of(), null, null);
    }

    @Test
    void anIncludeProjectionWithOnlyKeyAttributesIsCreatedKeysOnlyAsExported() {
        Table t = table(null, new Projection("INCLUDE", List.of("GSI1PK", "PK")));
        CreateTableRequest request = TableSchema.createRequest(TableSpec.of(t, null, Fixtures.model()));

        assertThat(request.globalSecondaryIndexes().get(0).projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
        assertThat(request.globalSecondaryIndexes().get(0).projection().nonKeyAttributes()).isEmpty();
    }

    @Test
    void keyAttributesAreDefinedOnceWithTheirTypes() {
        CreateTableRequest request = TableSchema.createRequest(TableSpec.of(table(null, Projection.ALL), null, Fixtures.model()));

        assertThat(request.attributeDefinitions()).extracting(a -> a.attributeName() + ":" + a.attributeTypeAsString())
                .containsExactly("PK:S", "SK:S", "GSI1PK:S", "GSI1SK:N");
    }

    @Test
    void provisionedBillingCarriesCapacityToTheTableAndItsIndexes() {
        CreateTableRequest request = TableSchema.createRequest(TableSpec.of(table(io.keysmith.model.BillingMode.PROVISIONED, Projection.ALL), null, Fixtures.model()));

        assertThat(request.billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(request.provisionedThroughput().readCapacityUnits()).isPositive();
        assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput()).isNotNull();
    }

    @Test
    void eachGsiIsCreatedWithItsOwnCapacityFromThePlansAsTheExportsDeployIt() {
        var design = io.keysmith.export.ExportFixtures.parseDesign(io.keysmith.export.ExportFixtures.text("shop.design.json")
                .replace("\"PAY_PER_REQUEST\"", "\"PROVISIONED\""));
        CreateTableRequest request = TableSchema.createRequest(TableSpec.of(design.tables().get(0), design, null));

        assertThat(request.provisionedThroughput().readCapacityUnits()).isEqualTo(3);
        assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits()).isEqualTo(1);
        assertThat(request.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits()).isEqualTo(1);
    }

    @Test
    void theCanonicalSchemaOfTheRequestIgnoresDefinitionOrder() {
        CreateTableRequest request = TableSchema.createRequest(TableSpec.of(table(null, Projection.ALL), null, Fixtures.model()));

        assertThat(TableSchema.canonical(request))
                .isEqualTo("table pk PK:S sk SK:S; GSI GSI1 pk GSI1PK:S sk GSI1SK:N ALL");
    }
}
