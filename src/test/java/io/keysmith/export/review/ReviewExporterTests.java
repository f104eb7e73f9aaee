package io.keysmith.export.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.export.ExportFixtures;
import io.keysmith.export.ExportOptions;
import io.keysmith.export.Exporters;
import io.keysmith.export.Format;
import io.keysmith.model.Model;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewExporterTests {

    @Test
    void reviewHasEverySectionAndTheErDiagram() {
        String md = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"));
        assertThat(md).startsWith("# Design review: Small shop\n")
                .contains("## Summary", "## Entities and relationships", "## Key chart", "## Access patterns",
                        "## Indexes", "## Denormalizations", "## Warnings", "## How this design was reached")
                .contains("```mermaid\nerDiagram\n    Customer {\n        string customerId PK\n")
                .contains("    Customer ||--o{ Order : \"one-to-many\"\n")
                .contains("| Order | `CUSTOMER#{customerId}` | `ORDER#{orderDate}#{orderId}` | `ORDER#{orderId}` | `ORDER#{orderId}` | `{total}` |")
                .contains("| AP2 | Orders of a customer in a date range | Query | table | `PK` = `CUSTOMER#{customerId}` AND `SK` between `ORDER#{orderDate}` and `ORDER#{orderDate}~` | 2 RCU | $1.50 |")
                .contains("| `SmallShop` | `LSI1` | LSI | `PK` | `LSI1SK` | INCLUDE (`status`, `PK`) |")
                .contains("1. **One item per customer** Customers are read by id.");
    }

    @Test
    void everyWriteIsListedAsTheRequestsItMakesInOrder() {
        Model model = io.keysmith.model.ModelReader.read(java.nio.file.Path.of("sample-models/users-service.json")).model();
        String md = export(model, io.keysmith.design.DesignEngine.design(model));
        assertThat(md).contains("## Write programs")
                .contains("**AP9** Change a user's email\n\n1. `GetItem UsersService key PK=USER#{userId}, SK=USER, consistent"
                        + " -> current (refused if missing)`\n2. TransactWriteItems (all or nothing):\n    - `UpdateItem")
                .contains("`DeleteItem UsersService key PK=USER#EMAIL#{email}, SK=USER#EMAIL (stored values) [only when email changes]`")
                .contains("SET GSI1PK = USER#STATUS#SUSPENDED when status = SUSPENDED else REMOVE");
    }

    @Test
    void theSummarySaysWhichKeyEncryptsTheTablesAndThatItCostsNothing() {
        String md = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"));
        assertThat(md).contains("- Encryption at rest with DynamoDB's default AWS-owned key, which costs nothing");
    }

    @Test
    void everyTableRowHasAsManyCellsAsItsHeader() {
        String md = export(ExportFixtures.hostileModel("a|b"), ExportFixtures.hostileDesign("x|y`z"));
        int columns = -1;
        for (String line : md.split("\n")) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = cells(line);
            if (columns < 0) {
                columns = cells;
            }
            assertThat(cells).as(line).isEqualTo(columns);
        }
    }

    static Stream<String> hostile() {
        return ExportFixtures.HOSTILE.stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextNeitherBreaksLinesNorOpensMarkup(String hostile) {
        Design design = ExportFixtures.hostileDesign(hostile);
        String md = export(ExportFixtures.hostileModel(hostile), design);
        String plain = export(ExportFixtures.model("shop.model.json"), ExportFixtures.design("shop.design.json"));
        assertThat(md.lines().count()).isEqualTo(plain.lines().count());
        assertThat(md.lines().findFirst().orElseThrow()).doesNotContain("<b>");
        assertThat(md).doesNotContain("\u2028").doesNotContain("\u0085");
        String mermaid = md.substring(md.indexOf("```mermaid"), md.indexOf("```", md.indexOf("```mermaid") + 3));
        for (String line : mermaid.lines().skip(2).toList()) {
            assertThat(line.trim()).matches("[A-Za-z0-9_ {}|o\\-:\"'.#,()!?*/&;]*|.*\".*\"");
        }
    }

    private static int cells(String row) {
        int count = 0;
        boolean inCode = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                count++;
            }
        }
        return count - 1;
    }

    static String export(Model model, Design design) {
        return Exporters.export(model, design, Format.REVIEW, ExportOptions.DEFAULT).get(0).content();
    }
}
