package io.keysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
        assertThat(text).contains("Target: embedded DynamoDB Local (in memory)").contains("Table LiveShop: create")
                .contains("GSI GSI1: GSI1PK (S) + GSI1SK (S), projection ALL").contains("PASS AP3");
        assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("10 passed, 0 failed");
        assertThat(text).doesNotContain("Initializing DynamoDB Local").doesNotContain("keysmith\tus-east-1");
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
}
