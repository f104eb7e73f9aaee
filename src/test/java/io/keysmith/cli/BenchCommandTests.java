package io.keysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderWithAnExpertDesignGetsOneRowPerCaseAndATotal(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("sample-models/users-service.json"), dir.resolve("users.model.json"));
        Files.writeString(dir.resolve("users.expert.json"), """
                {"format": "keysmith-design/1", "tables": [{"name": "T", "globalSecondaryIndexes": [{}, {}, {}],
                  "localSecondaryIndexes": []}],
                 "accessPatterns": [{"id": "AP1", "operation": "GetItem"}, {"id": "AP2", "operation": "Scan"}]}
                """);
        assertThat(run("bench", dir.toString())).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("users").contains("5/5").contains("1/5").contains("TOTAL (1 cases)")
                .contains("indexes <= expert in 1 of 1 cases");
    }

    @Test
    void perfTimesEachCaseAndAGeneratedModelOfTheSizeAsked(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("sample-models/users-service.json"), dir.resolve("users.model.json"));
        assertThat(run("bench", dir.toString(), "--perf", "--entities", "12")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("cpu ms").contains("generated 12 entities/48 patterns").contains("load average");
    }

    @Test
    void anEntityCountThatIsNotANumberIsRefused(@TempDir Path dir) {
        assertThat(run("bench", dir.toString(), "--perf", "--entities", "many")).isEqualTo(1);
        assertThat(err.toString()).contains("--entities needs a whole number of at least 1, got many");
    }

    @Test
    void aMissingFolderExitsOne() {
        assertThat(run("bench", "no-such-folder")).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-folder is not a folder");
    }

    @Test
    void theGeneratedBenchmarkModelIsLargeAndDesignsWithoutScan() {
        var model = BenchCommand.generated(50, 4);
        assertThat(model.entities()).hasSize(50);
        assertThat(model.accessPatterns()).hasSize(200);
        var design = io.keysmith.design.DesignEngine.design(model);
        assertThat(design.accessPatterns()).noneMatch(p -> "Scan".equals(p.operation()));
    }
}
