package io.keysmith.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.design.Design;
import io.keysmith.export.ExportException;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TerraformExporterTests {

    @Test
    void writesMainVariablesAndOutputsAsTheGoldenFiles() {
        Map<String, String> files = export(ExportFixtures.design("shop.design.json"));
        assertThat(files.keySet()).containsExactly("main.tf", "variables.tf", "outputs.tf", "versions.tf");
        for (var file : files.entrySet()) {
            assertThat(file.getValue()).as(file.getKey()).isEqualTo(ExportFixtures.text("golden/terraform/" + file.getKey()));
        }
    }

    @Test
    void provisionedTablesGiveEachGsiItsOwnCapacityAndAutoscaling() {
        String json = ExportFixtures.text("shop.design.json").replace("\"PAY_PER_REQUEST\"", "\"PROVISIONED\"");
        String main = export(ExportFixtures.parseDesign(json)).get("main.tf");
        assertThat(main).contains("  billing_mode                = \"PROVISIONED\"\n  read_capacity               = 3\n")
                .contains("    projection_type = \"ALL\"\n    read_capacity   = 1\n    write_capacity  = 1\n")
                .contains("    ignore_changes = [read_capacity, write_capacity]\n")
                .contains("resource \"aws_appautoscaling_target\" \"small_shop_gsi1_read\" {\n"
                        + "  max_capacity       = 4\n  min_capacity       = 1\n"
                        + "  resource_id        = \"table/${aws_dynamodb_table.small_shop.name}/index/GSI1\"\n"
                        + "  scalable_dimension = \"dynamodb:index:ReadCapacityUnits\"\n")
                .contains("  resource_id        = aws_appautoscaling_target.small_shop_write.resource_id\n")
                .contains("      predefined_metric_type = \"DynamoDBWriteCapacityUtilization\"\n    }\n\n    target_value = 70\n");
        assertThat(main.split("resource \"aws_appautoscaling_policy\"", -1)).hasSize(5);
    }

    @Test
    void withIamTheModuleCarriesAnIamPolicyPerRoleOnItsOwnTables() {
        Map<String, String> files = Exporters.export(ExportFixtures.model("iam.model.json"), ExportFixtures.design("iam.design.json"),
                Format.TERRAFORM, ExportOptions.DEFAULT.withIam(true)).stream()
                .collect(Collectors.toMap(ExportedFile::path, ExportedFile::content));
        assertThat(files.get("main.tf")).contains("resource \"aws_iam_policy\" \"tenant_writer\" {\n"
                        + "  name_prefix = \"Notes-tenant-writer-\"\n")
                .contains("        Resource = [\"${aws_dynamodb_table.notes.arn}/index/GSI1\"]\n")
                .contains("            \"dynamodb:LeadingKeys\" = [\"TENANT#$${aws:PrincipalTag/tenantId}\"]\n")
                .contains("        Action   = [\"dynamodb:DeleteItem\", \"dynamodb:GetItem\", \"dynamodb:Query\", \"dynamodb:UpdateItem\"]\n");
        assertThat(files.get("outputs.tf")).contains("output \"tenant_writer_policy_arn\" {");
    }

    @Test
    void theProviderAndTerraformVersionsArePinned() {
        String versions = export(ExportFixtures.design("shop.design.json")).get("versions.tf");
        assertThat(versions).contains("required_version = \">= 1.5.0\"")
                .contains("      source  = \"hashicorp/aws\"\n      version = \">= 5.0, < 7.0\"\n");
    }

    @Test
    void argumentsOfABlockAreAlignedOnTheEqualsSign() {
        String main = export(ExportFixtures.design("shop.design.json")).get("main.tf");
        int column = -1;
        for (String line : main.split("\n")) {
            int equals = line.indexOf(" = ");
            if (equals < 0 || line.endsWith("{")) {
                column = -1;
                continue;
            }
            if (column >= 0) {
                assertThat(equals).as(line).isEqualTo(column);
            }
            column = equals;
        }
        assertThat(main).contains("    name            = \"GSI1\"\n    hash_key        = \"GSI1PK\"\n");
    }

    static Stream<String> hostile() {
        return ExportFixtures.HOSTILE.stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileNamesStayInsideTheirStringsAndDecodeToTheOriginal(String hostile) {
        Map<String, String> plain = export(ExportFixtures.design("shop.design.json"));
        Map<String, String> files = export(ExportFixtures.hostileDesign(hostile));
        for (String name : files.keySet()) {
            List<String> strings = HclScanner.strings(files.get(name));
            assertThat(strings).hasSameSizeAs(HclScanner.strings(plain.get(name)));
            assertThat(files.get(name).lines().count()).as(name).isEqualTo(plain.get(name).lines().count());
        }
        List<String> main = HclScanner.strings(files.get("main.tf"));
        assertThat(main).contains(hostile + "1", hostile + "2", hostile + "3", hostile + "4", hostile + "5");
    }

    @Test
    void scannerRejectsAnUnescapedInterpolation() {
        assertThatThrownBy(() -> HclScanner.strings("a = \"${var.x}\"")).isInstanceOf(AssertionError.class);
        assertThat(HclScanner.strings("a = \"$${var.x} %%{ if }\"")).containsExactly("${var.x} %{ if }");
    }

    @Test
    void attributeNamesOfTwoTypesAreRefused() {
        String json = ExportFixtures.text("shop.design.json")
                .replace("\"sortKey\": { \"name\": \"LSI1SK\", \"type\": \"N\" }", "\"sortKey\": { \"name\": \"GSI1SK\", \"type\": \"N\" }");
        assertThatThrownBy(() -> export(ExportFixtures.parseDesign(json))).isInstanceOf(ExportException.class)
                .hasMessageContaining("\"GSI1SK\" is S in one key and N in");
    }

    static Map<String, String> export(Design design) {
        List<ExportedFile> files = Exporters.export(null, design, Format.TERRAFORM, ExportOptions.DEFAULT);
        return files.stream().collect(Collectors.toMap(ExportedFile::path, ExportedFile::content, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
