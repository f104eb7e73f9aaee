package io.keysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.live.LocalEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCommandTests {

    private static final String MODEL = "src/test/resources/live/shop.model.json";
    private static final String DESIGN = "src/test/resources/live/shop.design.json";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void applyPrintsThePlanSeedsAndEndsWithTheVerdictLine() {
        int status = run("apply", MODEL, "--design", DESIGN, "--items", "800", "--verify");
        String text = out.toString();
        assertThat(status).as(err.toString()).isZero();
        assertThat(text).contains("Target: Keysmith's local engine (in memory)").contains("Table LiveShop: create")
                .contains("GSI GSI1: GSI1PK (S) + GSI1SK (S), projection ALL").contains("PASS AP3");
        assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("10 passed, 0 failed");
        assertThat(text).doesNotContain("DynamoDB Local").doesNotContain("keysmith\tus-east-1");
    }

    @Test
    void theEnginesDesignIsUsedWhenNoneIsGiven() {
        int status = run("apply", "sample-models/users-service.json", "--items", "300", "--verify");
        assertThat(status).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("passed, 0 failed");
    }

    @Test
    void anUnreachableEndpointIsOneLineAndExitsOne() {
        assertThat(run("apply", MODEL, "--design", DESIGN, "--endpoint", "http://127.0.0.1:1")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "keysmith apply: cannot reach DynamoDB at endpoint http://127.0.0.1:1: connection refused or timed out");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThat(run("apply", MODEL, "--items", "many")).isEqualTo(1);
        assertThat(err.toString()).contains("--items needs a whole number of at least 1, got many");
        assertThat(run("apply", MODEL, "--profile", "dev")).isEqualTo(1);
        assertThat(err.toString()).contains("--profile needs --region too");
        assertThat(run("apply", MODEL, "--endpoint", "http://localhost:8000", "--region", "eu-west-1")).isEqualTo(1);
        assertThat(err.toString()).contains("use either --endpoint or --profile/--region, not both");
        assertThat(run("apply")).isEqualTo(1);
        assertThat(err.toString()).contains("give a model file").doesNotContain("\tat ");
    }

    @Test
    void aFailedPatternEndsWithTheCountsAndExitsOne(@TempDir Path dir) throws IOException {
        // Oldest first where the model asks for newest first: AP3 must fail.
        Path wrong = Files.writeString(dir.resolve("wrong.design.json"),
                Files.readString(Path.of(DESIGN)).replace("\"scanIndexForward\": false", "\"scanIndexForward\": true"));

        int status = run("apply", MODEL, "--design", wrong.toString(), "--items", "300", "--verify");

        assertThat(status).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL AP3");
        assertThat(out.toString().strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("9 passed, 1 failed");
    }

    @Test
    void aTableWithAnotherSchemaAtTheEndpointIsOneLineAndNothingIsSeeded(@TempDir Path dir) throws IOException {
        try (LocalEndpoint local = LocalEndpoint.start(null)) {
            String endpoint = local.endpoint().toString();
            assertThat(run("apply", MODEL, "--design", DESIGN, "--endpoint", endpoint, "--items", "50")).isZero();
            out.reset();
            err.reset();

            int status = run("apply", MODEL, "--design", otherSchema(dir), "--endpoint", endpoint, "--items", "50");

            assertThat(status).isEqualTo(1);
            assertThat(err.toString().strip().lines()).singleElement().asString()
                    .startsWith("keysmith apply: table LiveShop already exists with a different schema");
            assertThat(out.toString()).doesNotContain("Seeded");
        }
    }

    private static String otherSchema(Path dir) throws IOException {
        return Files.writeString(dir.resolve("other.design.json"), Files.readString(Path.of(DESIGN))
                .replace("\"GSI1SK\", \"type\": \"S\"", "\"GSI1SK\", \"type\": \"N\"")).toString();
    }
}
