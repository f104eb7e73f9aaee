package io.keysmith.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DesignEngineTests {

    private static List<Path> sampleModels() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everySampleModelGetsAPlanWithoutScanForEveryPattern() throws IOException {
        List<Path> files = sampleModels();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            var model = ModelReader.read(file).model();
            for (io.keysmith.model.TableStyle style : List.of(io.keysmith.model.TableStyle.SINGLE_TABLE, io.keysmith.model.TableStyle.MULTI_TABLE)) {
                Design design = DesignEngine.design(model, style);
                assertThat(design.accessPatterns()).as(file + " " + style).hasSize(model.accessPatterns().size());
                assertThat(design.accessPatterns()).as(file + " " + style)
                        .noneMatch(p -> "Scan".equals(p.operation()))
                        .allMatch(p -> p.verdict() != null && !p.verdict().isBlank());
                assertThat(design.warnings()).as(file + " " + style).noneMatch(w -> "error".equals(w.severity()));
            }
        }
    }

    @Test
    void theSameModelGivesByteIdenticalDesigns() throws IOException {
        for (Path file : sampleModels()) {
            String first = ModelJson.write(DesignEngine.design(ModelReader.read(file).model()));
            String second = ModelJson.write(DesignEngine.design(ModelReader.read(file).model()));
            assertThat(second).as(file.toString()).isEqualTo(first);
        }
    }

    @Test
    void theDesignRoundTripsThroughTheContractFormat() throws IOException {
        Design design = DesignEngine.design(ModelReader.read(Path.of("sample-models/online-shop.json")).model());
        String json = ModelJson.write(design);
        Design back = ModelJson.MAPPER.readValue(json, Design.class);
        assertThat(ModelJson.write(back)).isEqualTo(json);
        assertThat(design.format()).isEqualTo("keysmith-design/1");
        assertThat(design.tables()).hasSize(1);
        assertThat(design.tables().get(0).partitionKey().name()).isEqualTo("PK");
    }

    @Test
    void everyStepIsNumberedInOrderAndNamesItsRule() throws IOException {
        Design design = DesignEngine.design(ModelReader.read(Path.of("sample-models/online-shop.json")).model());
        for (int i = 0; i < design.steps().size(); i++) {
            Step step = design.steps().get(i);
            assertThat(step.n()).isEqualTo(i + 1);
            assertThat(step.rule()).isNotBlank();
            assertThat(step.explanation()).isNotBlank();
        }
    }

    @Test
    void anUnknownStyleIsRefusedWhereItIsWrittenAndAKnownOneKeepsItsTextInTheDesign() throws IOException {
        String text = Files.readString(Path.of("sample-models/online-shop.json"));
        var refused = ModelReader.parse(text.replace("\"style\": \"single-table\"", "\"style\": \"three-tables\""));
        assertThat(refused.errors()).anySatisfy(p -> assertThat(p.toString()).contains("settings", "three-tables"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> io.keysmith.model.TableStyle.fromJson("three-tables"))
                .hasMessageContaining("unknown style").hasMessageContaining("single-table or multi-table");

        var model = ModelReader.parse(text.replace("\"style\": \"single-table\"", "\"style\": \"multi-table\"")).model();
        Design design = DesignEngine.design(model);
        assertThat(design.style()).isEqualTo(io.keysmith.model.TableStyle.MULTI_TABLE);
        String json = io.keysmith.model.ModelJson.write(design);
        assertThat(json).contains("\"style\": \"multi-table\"");
        assertThat(io.keysmith.model.ModelJson.MAPPER.readValue(json, Design.class).style())
                .isEqualTo(io.keysmith.model.TableStyle.MULTI_TABLE);
    }
}
