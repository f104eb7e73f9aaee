package io.keysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aWorkbenchFileBecomesAValidModelFile() {
        Path model = dir.resolve("tiny.json");
        assertThat(run("import", "src/test/resources/export/workbench/facets.json", "-o", model.toString(),
                "--design", dir.resolve("tiny.design.json").toString())).isZero();
        ModelReader.Result result = ModelReader.read(model);
        assertThat(result.ok()).as(result.problems().toString()).isTrue();
        assertThat(result.model().entities()).hasSize(2);
        assertThat(dir.resolve("tiny.design.json")).content().contains("\"c#{customerId}\"");
        assertThat(out.toString()).contains("wrote " + model + " (2 entities)");
    }

    @Test
    void withoutOutputTheModelGoesToStandardOutput() {
        assertThat(run("import", "src/test/resources/export/workbench/typed-items.json")).isZero();
        assertThat(out.toString()).startsWith("{\n  \"format\": \"keysmith-model/1\"");
    }

    @Test
    void aFileThatIsNotAWorkbenchModelIsRefusedWithTheReason() throws IOException {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "[1, 2]");
        assertThat(run("import", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("x.json: not a NoSQL Workbench model: expected a JSON object");
    }

    @Test
    void anSqlSchemaWithItsQueriesBecomesAValidModelFileAndTheUnmappedStatementsAreListed() {
        Path model = dir.resolve("shop.json");
        assertThat(run("import", "sample-models/sql/shop-postgres.sql", "--queries", "sample-models/sql/shop-queries.sql",
                "-o", model.toString())).isZero();
        assertThat(ModelReader.read(model).ok()).isTrue();
        assertThat(out.toString()).contains("wrote " + model + " (10 entities, 13 relationships, 28 access patterns, 16 inferred; 2 warnings)");
        assertThat(err.toString()).contains("sample-models/sql/shop-queries.sql: line 41, column 1: not mapped: GROUP BY");
    }

    @Test
    void anSqlFileWithNoTableIsRefusedWithLocatedReasonsAndNothingIsWritten() throws IOException {
        Path file = dir.resolve("broken.sql");
        Files.writeString(file, "SET x = 1;\nCREATE TABLE t (\n  id int,,\n);\n");
        Path model = dir.resolve("broken.json");
        assertThat(run("import", file.toString(), "-o", model.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(file + ": line 3, column 9: CREATE TABLE t skipped: unexpected \",\"")
                .contains(file + ": nothing imported, nothing written").doesNotContain("Exception");
        assertThat(model).doesNotExist();
    }

    @Test
    void queriesGoWithAnSqlSchemaOnlyAndThePeriodMustBeADuration() {
        assertThat(run("import", "src/test/resources/export/workbench/facets.json", "--queries", "sample-models/sql/shop-queries.sql")).isEqualTo(1);
        assertThat(err.toString()).contains("--queries goes with an SQL schema, not with a NoSQL Workbench model");
        assertThat(run("import", "sample-models/sql/shop-postgres.sql", "--queries", "sample-models/sql/shop-queries.sql", "--period", "soon")).isEqualTo(1);
        assertThat(err.toString()).contains("--period soon: give a duration such as 24h, 7d or 30m");
    }
}
