package io.keysmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.data.SampleData;
import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.program.ProgramRequest;
import io.keysmith.model.ModelJson;
import tools.jackson.core.type.TypeReference;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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
    void generatedCodeCompilesForEverySampleModel(String name) throws IOException {
        compiles(sample(name));
    }

    @ParameterizedTest
    @MethodSource("benchmarkModels")
    void generatedCodeCompilesForEveryBenchmarkModel(Path file) throws IOException {
        compiles(ModelReader.parse(Files.readString(file)).model());
    }

    /** The Java compiles with only the AWS SDK on the class path; the Python parses. */
    private void compiles(Model model) throws IOException {
        Map<String, String> files = CodeExporterTests.export(model, DesignEngine.design(model));
        assertThat(GeneratedJava.compile(files.get("code/AccessPatterns.java"), temp)).isEmpty();
        assertThat(PythonSource.compile(files.get("code/access_patterns.py"), temp)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void generatedJavaWritesKeepEveryReadRightAndRefusalsThrow(String name) throws Exception {
        exercise(name, Language.JAVA);
    }

    @ParameterizedTest
    @MethodSource("benchmarkModels")
    void generatedJavaRunsTheBenchmarkModels(Path file) throws Exception {
        Model model = ModelReader.parse(Files.readString(file)).model();
        exercise(file.getFileName().toString(), model, DesignEngine.design(model), Language.JAVA);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void generatedPythonWritesKeepEveryReadRightAndRefusalsRaise(String name) throws Exception {
        assumeTrue(GeneratedPython.interpreter() != null, "no python3 with boto3 on this machine");
        exercise(name, Language.PYTHON);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void handWrittenProgramsRunAsTheReadmeSays(Language language) throws Exception {
        assumeTrue(language == Language.JAVA || GeneratedPython.interpreter() != null, "no python3 with boto3");
        Model model = sample("users-service.json");
        exercise("users-service.json", model, withPrograms(DesignEngine.design(model), "users-service.programs.json"),
                language);
    }

    static Stream<Arguments> shardedModels() {
        return Stream.of("leaderboard", "daily-events", "status-log").flatMap(m -> Stream.of(Language.values())
                .map(l -> Arguments.of(m, l)));
    }

    /** Writes pick a shard, scatter-gather reads query every shard and merge them in order (Java and Python runtimes). */
    @ParameterizedTest
    @MethodSource("shardedModels")
    void generatedCodeWritesAndReadsWriteShardedPartitions(String name, Language language) throws Exception {
        assumeTrue(language == Language.JAVA || GeneratedPython.interpreter() != null, "no python3 with boto3");
        Model model = ModelReader.parse(Files.readString(Path.of("src/test/resources/design/sharding/" + name + ".model.json")))
                .model();
        Design design = DesignEngine.design(model);
        assertThat(design.accessPatterns()).anyMatch(p -> p.shards() != null && p.shards() > 1);
        exercise(name, model, design, language);
    }

    /** Keys holding negative and decimal numbers are written and ranged over alike by the engine and the runtimes. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void generatedCodeRangesOverSignedDecimalsInACompositeSortKey(Language language) throws Exception {
        assumeTrue(language == Language.JAVA || GeneratedPython.interpreter() != null, "no python3 with boto3");
        Model model = ModelReader.parse(Files.readString(Path.of("src/test/resources/design/ordering/signed-readings.model.json")))
                .model();
        exercise("signed-readings", model, DesignEngine.design(model), language);
    }

    /** Ranges on a free-text name widened in the key and filtered on the name are run alike by the engine and the runtimes. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void generatedCodeRangesOverFreeTextNamesInACompositeSortKey(Language language) throws Exception {
        assumeTrue(language == Language.JAVA || GeneratedPython.interpreter() != null, "no python3 with boto3");
        Model model = ModelReader.parse(Files.readString(Path.of("src/test/resources/design/ordering/customer-names.model.json")))
                .model();
        exercise("customer-names", model, DesignEngine.design(model), language);
    }

    /** The design with the programs of a test file (pattern id to steps) in place of the engine's. */
    static Design withPrograms(Design design, String resource) throws IOException {
        Map<String, List<ProgramRequest>> programs;
        try (InputStream in = GeneratedCodeRunsTests.class.getResourceAsStream("/export/code/" + resource)) {
            programs = ModelJson.MAPPER.readValue(in, new TypeReference<Map<String, List<ProgramRequest>>>() { });
        }
        return new Design(design.format(), design.model(), design.style(), design.tables(), design.accessPatterns().stream()
                .map(p -> programs.containsKey(p.id()) ? p.withProgram(programs.get(p.id())) : p).toList(),
                design.denormalizations(), design.warnings(), design.steps(), design.cost());
    }

    enum Language { JAVA, PYTHON }

    private void exercise(String name, Language language) throws Exception {
        Model model = sample(name);
        exercise(name, model, DesignEngine.design(model), language);
    }

    /** Every read on the seeded tables, then the write sequence with reads after each write. */
    private void exercise(String name, Model model, Design design, Language language) throws Exception {
        Map<String, String> files = CodeExporterTests.export(model, design);
        try (LocalEndpoint local = LocalEndpoint.start(null);
                Connection connection = Connection.open(new Target.Endpoint(local.endpoint(), "us-east-1"))) {
            SampleData seeded = CodeOracle.seed(local.endpoint(), model, design, 300);
            try (CodeCaller code = language == Language.JAVA
                    ? GeneratedJava.load(files.get("code/AccessPatterns.java"), temp, connection.client(), Map.of())
                    : GeneratedPython.start(files.get("code/access_patterns.py"), temp, local.endpoint())) {
                CodeExercise exercise = new CodeExercise(model, design, code, seeded);
                List<String> failures = exercise.run();
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
