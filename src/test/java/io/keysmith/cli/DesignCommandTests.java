package io.keysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.model.ModelJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aSampleModelPrintsItsDesignAsJson() {
        assertThat(run("design", "sample-models/online-shop.json")).isZero();
        Design design = ModelJson.MAPPER.readValue(out.toString(StandardCharsets.UTF_8), Design.class);
        assertThat(design.format()).isEqualTo("keysmith-design/1");
        assertThat(design.style()).isEqualTo(io.keysmith.model.TableStyle.SINGLE_TABLE);
        assertThat(design.accessPatterns()).isNotEmpty();
    }

    @Test
    void theStyleOptionSelectsMultiTable() {
        assertThat(run("design", "sample-models/online-shop.json", "--style", "multi-table")).isZero();
        Design design = ModelJson.MAPPER.readValue(out.toString(StandardCharsets.UTF_8), Design.class);
        assertThat(design.style()).isEqualTo(io.keysmith.model.TableStyle.MULTI_TABLE);
        assertThat(design.tables().size()).isGreaterThan(1);
    }

    @Test
    void anInvalidModelExitsOneWithLocatedMessages(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {"format": "keysmith-model/1", "name": "Broken",
                 "entities": [{"name": "Order", "attributes": [{"name": "orderId", "type": "string", "identifier": true}]}],
                 "accessPatterns": [{"id": "AP1", "type": "read", "entity": "Order",
                   "where": [{"attribute": "orderDate", "op": "="}]}]}
                """);
        assertThat(run("design", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("accessPatterns[0].where[0].attribute").contains("invalid model, no design")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badArgumentsExplainThemselves() {
        assertThat(run("design")).isEqualTo(1);
        assertThat(err.toString()).contains("give a model file");
        assertThat(run("design", "sample-models/online-shop.json", "--style", "two-table")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown style \"two-table\"");
        assertThat(run("design", "missing.json")).isEqualTo(1);
        assertThat(err.toString()).contains("missing.json: file not found");
    }
}
