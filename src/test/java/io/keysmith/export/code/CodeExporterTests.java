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
    void javaCompilesAgainstTheAwsSdkAloneAndPythonParses() throws IOException {
        Map<String, String> files = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"));
        assertThat(compile(files.get("code/AccessPatterns.java"))).isEmpty();
        assertThat(PythonSource.compile(files.get("code/access_patterns.py"), temp)).isEmpty();
    }

    @Test
    void javaHasATypedMethodPerPatternThatRunsItsPlan() {
        String java = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"))
                .get("code/AccessPatterns.java");
        assertThat(java)
                .contains("public List<Found> ordersOfACustomerInADateRange(String customerId, String orderDateFrom, String orderDateTo)")
                .contains("return runner.run(\"AP2\", params(\"customerId\", customerId, \"orderDate\", Arrays.asList(orderDateFrom, orderDateTo)));")
                .contains("public record Order(String orderId, String customerId, String email, String orderDate, Number total, String status, Number expiresAt)")
                .contains("public void placeAnOrder(Order order)")
                .contains("public AccessPatterns(DynamoDbClient client, Map<String, String> tableNames)")
                .contains("public static final class ConditionalCheckFailed extends RuntimeException");
        assertThat(java).as("the plan and the key types travel as data")
                .contains("\"PK\", o(\"op\", \"=\", \"value\", \"CUSTOMER#{customerId}\"),")
                .contains("\"SK\", o(\"op\", \"between\", \"value\", l(\"ORDER#{orderDate}\", \"ORDER#{orderDate}~\"))")
                .contains("\"scanIndexForward\", false")
                .contains("\"LSI1SK\", \"N\"");
    }

    @Test
    void pythonHasTheSameMethodsWithTypeHints() {
        String python = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"))
                .get("code/access_patterns.py");
        assertThat(python)
                .contains("def orders_of_a_customer_in_a_date_range(self, customer_id: str, order_date_from: str, order_date_to: str) -> list[Found]:")
                .contains("return self._runner.run(\"AP2\", {\"customerId\": customer_id, \"orderDate\": [order_date_from, order_date_to]})")
                .contains("def place_an_order(self, *, order_id: str, customer_id: str, email: str, order_date: str, total: Number, status: str, expires_at: Number) -> None:")
                .contains("class ConditionalCheckFailed(Exception):")
                .contains("\"SK\": {\"op\": \"between\", \"value\": [\"ORDER#{orderDate}\", \"ORDER#{orderDate}~\"]},")
                .contains("\"LSI1SK\": \"N\"");
    }

    @Test
    void typescriptCarriesThePlansBehindTypedFunctions() {
        Map<String, String> files = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"));
        assertThat(files.get("code/accessPatterns.ts"))
                .contains("export interface OrdersOfACustomerInADateRangeParams {\n  customerId: string;\n  orderDate: [string, string];\n}")
                .contains("export async function ordersOfACustomerInADateRange(options: Options, params: OrdersOfACustomerInADateRangeParams)")
                .contains("{ \"attribute\": \"orderDate\", \"op\": \"between\" }")
                .contains("\"scanIndexForward\": false")
                .contains("\"AP2\": (options, params) => ordersOfACustomerInADateRange(");
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
        assertThat(PythonSource.compile(files.get("code/access_patterns.py"), temp)).isEmpty();
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
