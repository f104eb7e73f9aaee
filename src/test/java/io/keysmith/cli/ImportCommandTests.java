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
}
