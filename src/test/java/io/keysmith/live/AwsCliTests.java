package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.cli.Cli;
import io.keysmith.model.ModelJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a user does by hand with the exports and the AWS CLI, against the embedded engine over HTTP:
 * create the table that the CloudFormation export describes, then load every seed request file.
 * Runs when {@code aws} is on the PATH.
 */
class AwsCliTests {

    private static LocalEndpoint local;

    @BeforeAll
    static void start() {
        assumeTrue(onPath("aws"), "the AWS CLI is not installed");
        local = LocalEndpoint.start(null);
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"online-shop", "iot-readings", "university-courses"})
    void theAwsCliCreatesTheExportedTableAndLoadsEverySeedFile(String sample, @TempDir Path dir) throws Exception {
        Path model = Path.of("sample-models", sample + ".json");
        export(model, "cloudformation-json", dir);
        export(model, "seed", dir);
        int tables = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".cloudformation.json")).toList()) {
                for (JsonNode resource : ModelJson.MAPPER.readTree(Files.readString(template)).path("Resources")) {
                    if (resource.path("Type").asString().equals("AWS::DynamoDB::Table")) {
                        createTable(ModelJson.MAPPER.readTree(Files.readString(template)), resource.path("Properties"), dir);
                        tables++;
                    }
                }
            }
        }
        assertThat(tables).isPositive();
        long expected = 0;
        List<Path> requests;
        try (Stream<Path> files = Files.list(dir.resolve("seed/batch-write"))) {
            requests = files.sorted().toList();
        }
        for (Path request : requests) {
            JsonNode answer = aws("dynamodb", "batch-write-item", "--request-items", "file://" + request);
            assertThat(answer.path("UnprocessedItems").size()).as(request.toString()).isZero();
            for (JsonNode puts : ModelJson.MAPPER.readTree(Files.readString(request))) {
                expected += puts.size();
            }
        }
        assertThat(expected).isPositive();
        assertThat(countItems()).isEqualTo(expected);
    }

    /** The table's properties as a CreateTable input: CloudFormation's names that differ from the API's are renamed. */
    private void createTable(JsonNode template, JsonNode properties, Path dir) throws Exception {
        ObjectNode input = (ObjectNode) properties.deepCopy();
        String parameter = properties.path("TableName").path("Ref").asString();
        String name = template.path("Parameters").path(parameter).path("Default").asString();
        input.put("TableName", name);
        JsonNode ttl = input.remove("TimeToLiveSpecification");
        input.remove("PointInTimeRecoverySpecification");
        JsonNode sse = input.remove("SSESpecification");
        if (sse != null) {
            input.putObject("SSESpecification").put("Enabled", sse.path("SSEEnabled").asBoolean());
        }
        JsonNode stream = input.remove("StreamSpecification");
        if (stream != null) {
            input.putObject("StreamSpecification").put("StreamEnabled", true)
                    .put("StreamViewType", stream.path("StreamViewType").asString());
        }
        Path file = dir.resolve(name + ".create-table.json");
        Files.writeString(file, input.toString());
        JsonNode created = aws("dynamodb", "create-table", "--cli-input-json", "file://" + file);
        assertThat(created.path("TableDescription").path("TableName").asString()).isEqualTo(name);
        if (ttl != null) {
            aws("dynamodb", "update-time-to-live", "--table-name", name, "--time-to-live-specification",
                    "AttributeName=" + ttl.path("AttributeName").asString() + ",Enabled=true");
        }
    }

    private long countItems() throws Exception {
        long count = 0;
        for (JsonNode table : aws("dynamodb", "list-tables").path("TableNames")) {
            count += aws("dynamodb", "scan", "--table-name", table.asString(), "--select", "COUNT").path("Count").asLong();
            aws("dynamodb", "update-table", "--table-name", table.asString(), "--no-deletion-protection-enabled");
            aws("dynamodb", "delete-table", "--table-name", table.asString());
        }
        return count;
    }

    private static void export(Path model, String format, Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"export", model.toString(), "--to", format, "-o", dir.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private JsonNode aws(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", local.endpoint().toString(), "--region", "us-east-1", "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("AWS_ACCESS_KEY_ID", "keysmith");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.remove("AWS_PROFILE");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + ": " + output).isZero();
        return output.isBlank() ? ModelJson.MAPPER.createObjectNode() : ModelJson.MAPPER.readTree(output);
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
