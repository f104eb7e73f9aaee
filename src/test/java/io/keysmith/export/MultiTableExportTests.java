package io.keysmith.export;

import static io.keysmith.design.Designs.CUSTOMER;
import static io.keysmith.design.Designs.CUSTOMER_ORDERS;
import static io.keysmith.design.Designs.ORDER;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.Table;
import io.keysmith.model.Model;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every exporter writes every table of a multi-table design, each under its own name. */
class MultiTableExportTests {

    private static final Model MODEL = model(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
            read("AP1", "Customer", eq("customerId"), ", \"include\": [\"Order\"]") + ","
                    + read("AP2", "Customer", eq("email")) + ","
                    + "{\"id\": \"AP3\", \"name\": \"sign up\", \"type\": \"create\", \"entity\": \"Customer\"},"
                    + "{\"id\": \"AP4\", \"name\": \"place order\", \"type\": \"create\", \"entity\": \"Order\"}"));

    private static final Design DESIGN = DesignEngine.design(MODEL, io.keysmith.model.TableStyle.MULTI_TABLE);

    private static final List<String> TABLES = List.of("Test-Customer", "Test-Order", "Test-UniqueValues");

    private static String all(Format format) {
        return String.join("\n", Exporters.export(MODEL, DESIGN, format, ExportOptions.DEFAULT).stream()
                .map(ExportedFile::content).toList());
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theDesignHasATablePerEntityAndOneForTheMarkers() {
        assertThat(DESIGN.tables()).extracting(Table::name).containsExactlyElementsOf(TABLES);
    }

    @Test
    void cloudFormationDeclaresEveryTableInOneTemplateNamedAfterTheModel() {
        List<ExportedFile> files = Exporters.export(MODEL, DESIGN, Format.CLOUDFORMATION, ExportOptions.DEFAULT);
        assertThat(files).extracting(ExportedFile::path).containsExactly("Test.cloudformation.yaml");
        String yaml = files.get(0).content();
        assertThat(count(yaml, "Type: AWS::DynamoDB::Table\\b")).isEqualTo(TABLES.size());
        TABLES.forEach(t -> assertThat(yaml).contains("Default: \"" + t + "\""));
        assertThat(yaml).contains("AttributeName: \"customerId\"");
        String json = all(Format.CLOUDFORMATION_JSON);
        assertThat(count(json, "\"AWS::DynamoDB::Table\"")).isEqualTo(TABLES.size());
    }

    @Test
    void terraformAndCdkDeclareEveryTable() {
        String tf = all(Format.TERRAFORM);
        assertThat(count(tf, "resource \"aws_dynamodb_table\"")).isEqualTo(TABLES.size());
        TABLES.forEach(t -> assertThat(tf).contains("\"" + t + "\""));
        String cdk = all(Format.CDK);
        assertThat(count(cdk, "new TableV2\\(")).isEqualTo(TABLES.size());
        TABLES.forEach(t -> assertThat(cdk).contains("?? \"" + t + "\""));
    }

    @Test
    void seedDataAndWorkbenchHaveEveryTableAndTheItemsGoWhereTheDesignPutsThem() {
        List<ExportedFile> seed = Exporters.export(MODEL, DESIGN, Format.SEED, ExportOptions.DEFAULT);
        TABLES.forEach(t -> assertThat(seed).extracting(ExportedFile::path)
                .anyMatch(p -> p.endsWith(t + ".table-creation-parameters.json")));
        String markers = seed.stream().filter(f -> f.path().endsWith("Test-UniqueValues.json")).findFirst().orElseThrow()
                .content();
        assertThat(markers).contains("CUSTOMER#EMAIL#");
        String workbench = all(Format.WORKBENCH);
        assertThat(count(workbench, "\"TableName\"")).isEqualTo(TABLES.size());
    }

    @Test
    void reviewCodeAndIamNameEveryTable() {
        String review = all(Format.REVIEW);
        TABLES.forEach(t -> assertThat(review).contains("Table `" + t + "`"));
        String code = all(Format.CODE);
        TABLES.forEach(t -> assertThat(code).contains(t));
        String iam = all(Format.IAM);
        // the sign-up writes the customer and its email marker: both tables are granted
        TABLES.forEach(t -> assertThat(iam).contains("table/" + t));
    }
}
