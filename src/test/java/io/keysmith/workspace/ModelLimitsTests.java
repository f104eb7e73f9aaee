package io.keysmith.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.cli.GeneratedModels;
import io.keysmith.model.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLimitsTests {

    @TempDir
    Path folder;

    @Test
    void aModelWithMoreEntitiesThanTheServerHoldsIsRefusedBeforeItIsStored() throws IOException {
        Workspace workspace = new Workspace(folder, new ModelLimits(10_000_000, 20, 1_000));
        String text = ModelJson.write(GeneratedModels.of(21, 4));

        assertThatThrownBy(() -> workspace.importModel("big.json", text))
                .isInstanceOf(ImportException.class)
                .hasMessage("big.json has 21 entities; this server holds models of at most 20 (keysmith.limits.entities).");
        assertThat(files()).isZero();
    }

    @Test
    void aModelWithMoreAccessPatternsThanTheServerHoldsIsRefusedNamingTheLimit() throws IOException {
        Workspace workspace = new Workspace(folder, new ModelLimits(10_000_000, 300, 1_000));
        String text = ModelJson.write(GeneratedModels.of(251, 4));

        assertThatThrownBy(() -> workspace.importModel("many.json", text))
                .hasMessage("many.json has 1,004 access patterns; this server holds models of at most 1,000 "
                        + "(keysmith.limits.access-patterns).");
        assertThat(files()).isZero();
    }

    @Test
    void aFileLargerThanTheServerHoldsIsRefusedWithItsSizeEvenWhenItIsNoModel() throws IOException {
        Workspace workspace = new Workspace(folder, new ModelLimits(1024 * 1024, 100, 1_000));
        String text = "x".repeat(3 * 1024 * 1024);

        assertThatThrownBy(() -> workspace.importModel("huge.json", text))
                .hasMessage("huge.json is 3.0 MB; this server holds models of at most 1.0 MB (keysmith.limits.bytes).");
        assertThat(files()).isZero();
    }

    @Test
    void aModelWithinTheLimitsIsStored() throws IOException {
        Workspace workspace = new Workspace(folder, new ModelLimits(10_000_000, 20, 80));
        String id = workspace.importModel("fits.json", ModelJson.write(GeneratedModels.of(20, 4)));

        assertThat(workspace.find(id).orElseThrow().read().model().entities()).hasSize(20);
        assertThat(files()).isOne();
    }

    @Test
    void aSaveThatGrowsTheFilePastTheLimitLeavesTheFileAsItWas() {
        Workspace workspace = new Workspace(folder, new ModelLimits(2_000, 20, 80));
        String id = workspace.create("Small");
        Snapshot before = workspace.snapshot(id).orElseThrow();

        assertThatThrownBy(() -> workspace.save(id, "{" + " ".repeat(3_000) + "}", before.version()))
                .isInstanceOf(ModelTooLargeException.class)
                .hasMessageContaining("this server holds models of at most 2.0 KB");
        assertThat(workspace.snapshot(id).orElseThrow().text()).isEqualTo(before.text());
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new ModelLimits(0, 1, 1)).hasMessageContaining("keysmith.limits.* must be positive");
    }

    private long files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
