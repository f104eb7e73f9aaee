package io.keysmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.data.SampleData;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.live.CodeOracle;
import io.keysmith.live.Connection;
import io.keysmith.live.LocalEndpoint;
import io.keysmith.live.Target;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.workspace.SampleModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated Java and Python run against Keysmith's local engine over HTTP with the real
 * SDKs: on tables seeded as {@code apply} seeds them, every read pattern returns the model's
 * answer; creates, updates and deletes through the generated code keep every read right, and
 * refused writes throw ConditionalCheckFailed.
 */
class GeneratedCodeRunsTests {

    @TempDir
    Path temp;

    static Stream<String> samples() {
        return SampleModels.names().stream();
    }

    static Stream<Path> benchmarkModels() throws IOException {
        Path dir = Path.of("..", "shared", "benchmark");
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".model.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void generatedJavaCompilesForEverySampleModel(String name) throws IOException {
        Model model = sample(name);
        String java = CodeExporterTests.export(model, DesignEngine.design(model)).get("code/AccessPatterns.java");
        assertThat(GeneratedJava.compile(java, temp)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("benchmarkModels")
    void generatedJavaCompilesForEveryBenchmarkModel(Path file) throws IOException {
        Model model = ModelReader.parse(Files.readString(file)).model();
        String java = CodeExporterTests.export(model, DesignEngine.design(model)).get("code/AccessPatterns.java");
        assertThat(GeneratedJava.compile(java, temp)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void generatedJavaReadsWhatTheModelSaysOnSeededTables(String name) throws Exception {
        exercise(name, false, Language.JAVA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"users-service.json", "online-shop.json"})
    void generatedJavaWritesKeepEveryReadRightAndRefusalsThrow(String name) throws Exception {
        exercise(name, true, Language.JAVA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"users-service.json", "online-shop.json"})
    void generatedPythonReadsAndWritesAsTheModelSays(String name) throws Exception {
        assumeTrue(GeneratedPython.interpreter() != null, "no python3 with boto3 on this machine");
        exercise(name, true, Language.PYTHON);
    }

    private enum Language { JAVA, PYTHON }

    private void exercise(String name, boolean writes, Language language) throws Exception {
        Model model = sample(name);
        Design design = DesignEngine.design(model);
        Map<String, String> files = CodeExporterTests.export(model, design);
        try (LocalEndpoint local = LocalEndpoint.start(null);
                Connection connection = Connection.open(new Target.Endpoint(local.endpoint(), "us-east-1"))) {
            SampleData seeded = CodeOracle.seed(local.endpoint(), model, design, 300);
            try (CodeCaller code = language == Language.JAVA
                    ? GeneratedJava.load(files.get("code/AccessPatterns.java"), temp, connection.client(), Map.of())
                    : GeneratedPython.start(files.get("code/access_patterns.py"), temp, local.endpoint())) {
                CodeExercise exercise = new CodeExercise(model, design, code, seeded);
                List<String> failures = exercise.run(writes);
                System.out.println(name + " " + language + ": " + exercise.summary());
                assertThat(failures).as(name + " (" + exercise.summary() + ")").isEmpty();
                assertThat(exercise.answered()).as(name + ": reads that returned items").isPositive();
            }
        }
    }

    static Model sample(String name) throws IOException {
        try (InputStream in = SampleModels.open(name)) {
            return ModelReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).model();
        }
    }
}
