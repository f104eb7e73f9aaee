package io.keysmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.ExportedFile;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.model.Model;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeExporterTests {

    @TempDir
    Path temp;

    @Test
    void javaSnippetsCompileAgainstTheAwsSdk() throws IOException {
        Map<String, String> files = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"));
        assertThat(compile(files.get("code/AccessPatterns.java"))).isEmpty();
    }

    @Test
    void queriesFillExpressionNamesAndValuesFromTheKeyTemplates() {
        String java = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"))
                .get("code/AccessPatterns.java");
        assertThat(java).contains("static QueryResponse ap2(DynamoDbClient dynamoDb, String customerId, String orderDateFrom, String orderDateTo)")
                .contains(".keyConditionExpression(\"#k0 = :k0 AND #k1 BETWEEN :k1a AND :k1b\")")
                .contains("Map.entry(\":k1a\", AttributeValue.fromS(\"ORDER#\" + orderDateFrom))")
                .contains("Map.entry(\":k1b\", AttributeValue.fromS(\"ORDER#\" + orderDateTo + \"~\"))")
                .contains(".scanIndexForward(false)")
                .contains(".indexName(\"GSI1\")")
                .contains("Map.entry(\"LSI1SK\", AttributeValue.fromN(total))");
    }

    @Test
    void typescriptCarriesThePlansAndPythonTheSameRequests() {
        Map<String, String> files = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"));
        assertThat(files.get("code/accessPatterns.ts"))
                .contains("export interface OrdersOfACustomerInADateRangeParams {\n  customerId: string;\n  orderDate: [string, string];\n}")
                .contains("export async function ordersOfACustomerInADateRange(options: Options, params: OrdersOfACustomerInADateRangeParams)")
                .contains("\"ranged\": \"orderDate\",")
                .contains("\"scanIndexForward\": false")
                .contains("\"AP2\": (options, params) => ordersOfACustomerInADateRange(");
        assertThat(files.get("code/access_patterns.py"))
                .contains("def ap2(client, customer_id, order_date_from, order_date_to):")
                .contains("return client.query(").contains("\":k1b\": {\"S\": \"ORDER#\" + str(order_date_to) + \"~\"},")
                .contains("ScanIndexForward=False,").contains("return client.put_item(");
    }

    static Stream<String> hostile() {
        return ExportFixtures.HOSTILE.stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileNamesCompileAndStayInsideStringsAndComments(String hostile) throws IOException {
        Model model = ExportFixtures.hostileModel(hostile);
        Design design = ExportFixtures.hostileDesign(hostile);
        Map<String, String> files = export(model, design);
        Map<String, String> plain = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"));
        assertThat(compile(files.get("code/AccessPatterns.java"))).isEmpty();
        for (String name : files.keySet()) {
            if (!name.endsWith(".ts")) { // the module's JSON is laid out by width; TypeScriptModuleTests type-checks it
                assertThat(files.get(name).lines().count()).as(name).isEqualTo(plain.get(name).lines().count());
            }
            assertThat(files.get(name)).as(name).doesNotContain("\u2028").doesNotContain("\u0085");
        }
        assertThat(files.get("code/AccessPatterns.java")).contains(io.keysmith.export.SourceText.java(hostile + "1"));
        assertThat(files.get("code/access_patterns.py")).contains(io.keysmith.export.SourceText.python(hostile + "1"));
    }

    /** Compiles Java source with the test class path (which has the AWS SDK); returns the diagnostics. */
    private String compile(String source) throws IOException {
        Path file = temp.resolve("AccessPatterns.java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, "-proc:none", "-d", temp.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path"), file.toString());
        return status == 0 ? "" : errors.toString();
    }

    static Map<String, String> export(Model model, Design design) {
        List<ExportedFile> files = Exporters.export(model, design, Format.CODE, ExportOptions.DEFAULT);
        return files.stream().collect(Collectors.toMap(ExportedFile::path, ExportedFile::content));
    }
}
