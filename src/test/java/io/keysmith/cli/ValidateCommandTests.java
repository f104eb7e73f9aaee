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

class ValidateCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aValidSampleModelExitsZero() {
        assertThat(run("validate", "sample-models/online-shop.json")).isZero();
        assertThat(out.toString()).contains("online-shop.json: valid (");
    }

    @Test
    void aBrokenModelExitsOneWithLocatedMessagesAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {"format": "keysmith-model/1", "name": "Broken",
                 "entities": [{"name": "Order", "attributes": [{"name": "orderId", "type": "string", "identifier": true}]}],
                 "accessPatterns": [{"id": "AP1", "type": "read", "entity": "Order",
                   "where": [{"attribute": "orderId", "op": "="}, {"attribute": "orderDate", "op": ">"}]}]}
                """);
        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("accessPatterns[0].where[1].attribute: \"orderDate\" is not an attribute of Order")
                .contains("invalid (1 error)").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void malformedJsonAndMissingFilesExitOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.json");
        Files.writeString(file, "{\"format\": ");
        assertThat(run("validate", file.toString(), dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cut.json: line 1, column 12: malformed JSON")
                .contains("missing.json: file not found");
    }

    @Test
    void noArgumentsOrAnUnknownCommandExplainUsage() {
        assertThat(run("validate")).isEqualTo(1);
        assertThat(err.toString()).contains("give one or more model files");
        assertThat(run("frobnicate")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown command \"frobnicate\"").contains("Commands:");
    }
}
