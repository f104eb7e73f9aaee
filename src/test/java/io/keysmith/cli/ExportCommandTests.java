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

class ExportCommandTests {

    private static final String DESIGN = "src/test/resources/export/shop.design.json";
    private static final String MODEL = "src/test/resources/export/shop.model.json";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aSampleModelIsDesignedAndExportedAsTerraform() {
        assertThat(run("export", "sample-models/online-shop.json", "--to", "terraform", "-o", dir.toString())).isZero();
        assertThat(dir.resolve("main.tf")).content().contains("resource \"aws_dynamodb_table\" \"online_shop\"");
        assertThat(dir.resolve("variables.tf")).exists();
        assertThat(out.toString()).contains("wrote ").contains("outputs.tf");
    }

    @Test
    void aModelWithAGivenDesignWritesSeedFilesForTheSeedAndCount() throws IOException {
        assertThat(run("export", MODEL, "--design", DESIGN, "--to", "seed", "--seed", "9", "--count", "30",
                "-o", dir.toString())).isZero();
        assertThat(Files.readAllLines(dir.resolve("seed/s3-import/SmallShop.json"))).hasSize(30);
        assertThat(dir.resolve("seed/batch-write/request-0002.json")).exists();
    }

    @Test
    void everyFormatExportsAModelWhosePatternsHaveNoNames() throws IOException {
        // a pattern's name is optional in the model format
        Path unnamed = dir.resolve("unnamed.json");
        Files.writeString(unnamed, Files.readString(Path.of("sample-models/online-shop.json"))
                .replaceAll("\"name\": \"[^\"]*\",\\s*\"type\": \"(read|create|update|delete)\"", "\"type\": \"$1\""));
        assertThat(Files.readString(unnamed)).doesNotContain("Find a customer by email");
        for (io.keysmith.export.Format format : io.keysmith.export.Format.values()) {
            assertThat(run("export", unnamed.toString(), "--to", format.id(), "-o", dir.resolve(format.id()).toString()))
                    .as(format.id()).isZero();
        }
    }

    @Test
    void aDesignFileAloneCanBeExported() {
        assertThat(run("export", DESIGN, "--to", "cloudformation-json", "-o", dir.toString())).isZero();
        assertThat(dir.resolve("SmallShop.cloudformation.json")).content().contains("\"AWS::DynamoDB::Table\"");
    }

    @Test
    void theTemplatesOptionOverridesOneTemplate() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/review"));
        Files.writeString(templates.resolve("review.md.mustache"), "Review of {{title}}\n");
        assertThat(run("export", DESIGN, "--to", "review", "--templates", dir.resolve("templates").toString(),
                "-o", dir.resolve("out").toString())).isZero();
        assertThat(dir.resolve("out/DESIGN-REVIEW.md")).hasContent("Review of Small shop");
    }

    @Test
    void anUnknownStyleNamesTheStylesAndAKnownOneIsFollowed() {
        assertThat(run("export", DESIGN, "--to", "review", "--style", "three-tables")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown style \"three-tables\" for --style; use single-table or multi-table");
        assertThat(run("export", "sample-models/online-shop.json", "--to", "review", "--style", "multi-table", "-o",
                dir.resolve("multi").toString()))
                .isZero();
        assertThat(dir.resolve("multi/DESIGN-REVIEW.md")).content().contains("Style: multi-table");
    }

    @Test
    void anUnknownFormatNamesTheChoices() {
        assertThat(run("export", DESIGN, "--to", "pulumi")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown format \"pulumi\"; choose one of cloudformation, cloudformation-json, terraform");
    }

    @Test
    void aForbiddenTableNameIsRefusedWithoutAStackTrace() throws IOException {
        Path design = dir.resolve("bad.json");
        Files.writeString(design, Files.readString(Path.of(DESIGN)).replace("\"SmallShop\"", "\"x\""));
        assertThat(run("export", design.toString(), "--to", "terraform", "-o", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("table name \"x\" is not allowed by DynamoDB").doesNotContain("\tat ");
    }

    @Test
    void missingArgumentsAndFilesAreExplained() {
        assertThat(run("export", "--to", "terraform")).isEqualTo(1);
        assertThat(run("export", dir.resolve("none.json").toString(), "--to", "review")).isEqualTo(1);
        assertThat(run("export", DESIGN, "--to", "seed", "--count", "many")).isEqualTo(1);
        assertThat(err.toString()).contains("give a model file").contains("none.json: file not found")
                .contains("--count needs a whole number, not \"many\"");
    }
}
