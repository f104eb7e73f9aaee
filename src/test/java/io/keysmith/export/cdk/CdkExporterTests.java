package io.keysmith.export.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.export.TableSpec;
import io.keysmith.export.Throughput;
import io.keysmith.model.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class CdkExporterTests {

    static Map<String, String> export(Design design) {
        Map<String, String> files = new LinkedHashMap<>();
        Exporters.export(null, design, Format.CDK, ExportOptions.DEFAULT)
                .forEach(f -> files.put(f.path(), f.content()));
        return files;
    }

    @Test
    void writesAStackAnAppAndTheFilesThatBuildThemUnderCdk() {
        Map<String, String> files = export(ExportFixtures.design("shop.design.json"));
        assertThat(files.keySet()).containsExactly("cdk/lib/small-shop-stack.ts", "cdk/bin/app.ts", "cdk/package.json",
                "cdk/tsconfig.json", "cdk/cdk.json", "cdk/.gitignore", "cdk/README.md");
        assertThat(files.get("cdk/bin/app.ts")).contains("import { SmallShopStack } from \"../lib/small-shop-stack\";\n")
                .contains("new SmallShopStack(app, \"SmallShopStack\", {\n");
        String stack = files.get("cdk/lib/small-shop-stack.ts");
        assertThat(stack).contains("import { AttributeType, Billing, ProjectionType, StreamViewType, TableV2 } from \"aws-cdk-lib/aws-dynamodb\";")
                .contains("      tableName: this.node.tryGetContext(\"SmallShopTableName\") ?? \"SmallShop\",\n")
                .contains("      billing: Billing.onDemand(),\n")
                .contains("          indexName: \"LSI1\",\n          sortKey: { name: \"LSI1SK\", type: AttributeType.NUMBER },\n"
                        + "          projectionType: ProjectionType.INCLUDE,\n          nonKeyAttributes: [\"status\"],\n")
                .contains("      timeToLiveAttribute: \"expiresAt\",\n      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,\n")
                .contains("      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },\n")
                .contains("value: this.smallShopTable.tableStreamArn! });")
                .doesNotContain("Capacity");
    }

    @Test
    void provisionedTablesAndIndexesAutoscaleFromTheirDesignedCapacityToFourTimesIt() {
        Design design = ExportFixtures.parseDesign(ExportFixtures.text("shop.design.json")
                .replace("\"PAY_PER_REQUEST\"", "\"PROVISIONED\""));
        TableSpec spec = TableSpec.of(design.tables().get(0), design, null);
        String stack = export(design).get("cdk/lib/small-shop-stack.ts");
        assertThat(stack).contains("      billing: Billing.provisioned({\n        readCapacity: Capacity.autoscaled({ minCapacity: "
                + spec.readCapacity() + ", maxCapacity: " + Throughput.maxCapacity(spec.readCapacity())
                + ", targetUtilizationPercent: 70 }),\n");
        TableSpec.IndexSpec gsi = spec.globalIndexes().get(0);
        assertThat(stack).contains("          writeCapacity: Capacity.autoscaled({ minCapacity: " + gsi.writeCapacity()
                + ", maxCapacity: " + Throughput.maxCapacity(gsi.writeCapacity()) + ", targetUtilizationPercent: 70 }),\n");
        assertThat(stack.split("Capacity.autoscaled", -1)).hasSize(5);
    }

    @Test
    void thePackagesArePinnedToTheVersionsTheSynthesisTestInstalls() throws IOException {
        JsonNode exported = ModelJson.MAPPER.readTree(export(ExportFixtures.design("shop.design.json")).get("cdk/package.json"));
        JsonNode tested = ModelJson.MAPPER.readTree(Files.readString(Path.of("src/test/cdk/package.json")));
        for (String name : new String[] {"aws-cdk-lib", "constructs"}) {
            assertThat(exported.path("dependencies").path(name).asString()).as(name)
                    .matches("\\d+\\.\\d+\\.\\d+").isEqualTo(tested.path("dependencies").path(name).asString());
        }
        assertThat(exported.path("devDependencies").path("typescript").asString())
                .isEqualTo(tested.path("dependencies").path("typescript").asString());
        assertThat(exported.path("devDependencies").path("aws-cdk").asString()).isEqualTo(CdkVersions.PINNED.awsCdk());
    }

    @Test
    void withIamTheStackHoldsAManagedPolicyPerRoleOnItsOwnTables() {
        Map<String, String> files = new LinkedHashMap<>();
        Exporters.export(ExportFixtures.model("iam.model.json"), ExportFixtures.design("iam.design.json"), Format.CDK,
                ExportOptions.DEFAULT.withIam(true)).forEach(f -> files.put(f.path(), f.content()));
        String stack = files.values().iterator().next();
        assertThat(stack).contains("import { ManagedPolicy, PolicyStatement } from \"aws-cdk-lib/aws-iam\";\n")
                .contains("    const tenantWriterPolicy = new ManagedPolicy(this, \"TenantWriterPolicy\", {\n")
                .contains("\"ForAllValues:StringEquals\": { \"dynamodb:LeadingKeys\": [\"TENANT#${aws:PrincipalTag/tenantId}\"] },")
                .contains(".tableArn + \"/index/\" + \"GSI1\"]");
        assertThat(export(ExportFixtures.design("iam.design.json")).values().iterator().next()).doesNotContain("ManagedPolicy");
    }

    static Stream<String> hostile() {
        return ExportFixtures.HOSTILE.stream().filter(h -> !h.contains("\u0000"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void userTextStaysInsideStringLiteralsCommentsAndJsonStrings(String hostile) {
        Map<String, String> files = new LinkedHashMap<>();
        for (ExportedFile f : Exporters.export(ExportFixtures.hostileModel(hostile), ExportFixtures.hostileDesign(hostile),
                Format.CDK, ExportOptions.DEFAULT)) {
            files.put(f.path(), f.content());
        }
        String stack = files.get("cdk/lib/small-shop-stack.ts");
        // literals escape what is not printable ASCII; a comment stays on its line and closes only where the template closes it
        for (String line : stack.lines().map(String::strip).toList()) {
            if (line.startsWith("/**") || line.startsWith("*")) {
                assertThat(line.indexOf("*/")).as(line).isIn(-1, line.length() - 2);
            } else {
                assertThat(line).matches("[\\x20-\\x7e]*");
            }
        }
        assertThat(files.get("cdk/bin/app.ts")).matches("[\\x20-\\x7e\\n]*");
        JsonNode json = ModelJson.MAPPER.readTree(files.get("cdk/package.json"));
        assertThat(json.path("description").asString()).isEqualTo("DynamoDB tables designed by Keysmith for " + hostile);
    }
}
