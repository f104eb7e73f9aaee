package io.keysmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.program.ProgramRequest;
import io.keysmith.export.code.GeneratedCodeRunsTests.Language;
import io.keysmith.live.CodeOracle;
import io.keysmith.live.Connection;
import io.keysmith.live.LocalEndpoint;
import io.keysmith.live.Target;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.type.TypeReference;

/**
 * Every kind of step the README's program grammar has, run by the generated Java and Python on
 * the local engine and checked in the stored item: {@code ifMissing} constants, {@code when} on
 * put and update (SET turning into REMOVE), a padded number key, a map entry {@code path} set to
 * the whole {@code entity}, {@code ADD}, conditions on a path, a Query and a Scan read step with
 * {@code filter}, {@code equals} from {@code current}, {@code ifChanged}, a ConditionCheck part,
 * {@code keyFrom: current}, and {@code required} reads refusing.
 */
class StepKindsTests {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKindOfStepRunsAsTheReadmeSays(Language language) throws Exception {
        assumeTrue(language == Language.JAVA || GeneratedPython.interpreter() != null, "no python3 with boto3");
        Model model = GeneratedCodeRunsTests.sample("users-service.json");
        Design design = withExtraPlans(DesignEngine.design(model));
        Map<String, String> files = CodeExporterTests.export(model, design);
        try (LocalEndpoint local = LocalEndpoint.start(null);
                Connection connection = Connection.open(new Target.Endpoint(local.endpoint(), "us-east-1"))) {
            CodeOracle.seed(local.endpoint(), model, design, 20);
            DynamoDbClient client = connection.client();
            try (CodeCaller code = language == Language.JAVA
                    ? GeneratedJava.load(files.get("code/AccessPatterns.java"), temp, client, Map.of())
                    : GeneratedPython.start(files.get("code/access_patterns.py"), temp, local.endpoint())) {
                code.call("X1", Map.of("teamId", "t1", "name", "A", "size", 7));
                assertThat(team(client, "t1")).containsEntry("members", AttributeValue.fromM(Map.of()))
                        .containsEntry("size", AttributeValue.fromN("7")).containsEntry("GSI1PK", AttributeValue.fromS("TEAMS"))
                        .containsEntry("GSI1SK", AttributeValue.fromS("TEAM#00007"));
                assertThatThrownBy(() -> code.call("X1", Map.of("teamId", "t1", "name", "A"))).isInstanceOf(CodeCaller.Refused.class);

                code.call("X2", Map.of("teamId", "t1", "userId", "u1", "email", "a@x", "username", "a", "one", 1));
                code.call("X2", Map.of("teamId", "t1", "userId", "u2", "email", "b@x", "username", "b", "one", 1));
                assertThatThrownBy(() -> code.call("X2", Map.of("teamId", "t1", "userId", "u1", "email", "a@x", "one", 1)))
                        .isInstanceOf(CodeCaller.Refused.class);
                Map<String, AttributeValue> team = team(client, "t1");
                assertThat(team.get("size")).isEqualTo(AttributeValue.fromN("9"));
                assertThat(team.get("members").m().get("u1")).isEqualTo(AttributeValue.fromM(Map.of(
                        "userId", AttributeValue.fromS("u1"), "email", AttributeValue.fromS("a@x"), "username", AttributeValue.fromS("a"))));

                code.call("X1", Map.of("teamId", "t2", "name", "B"));
                assertThat(team(client, "t2")).as("ifMissing gives the constant; a template without its value is left out")
                        .containsEntry("size", AttributeValue.fromN("0")).doesNotContainKey("GSI1SK");
                code.call("X3", Map.of("teamId", "t1", "name", "C", "other", "t2"));
                assertThat(team(client, "t1")).containsEntry("name", AttributeValue.fromS("C")).doesNotContainKey("GSI1PK");
                assertThatThrownBy(() -> code.call("X3", Map.of("teamId", "t1", "name", "D", "other", "t9")))
                        .as("the ConditionCheck part refuses the transaction").isInstanceOf(CodeCaller.Refused.class);
                assertThatThrownBy(() -> code.call("X3", Map.of("teamId", "t9", "name", "D", "other", "t2")))
                        .as("a required read that finds nothing").isInstanceOf(CodeCaller.Refused.class);
                code.call("X3", Map.of("teamId", "t1", "name", "C", "other", "t2"));
                assertThat(team(client, "t1")).containsEntry("name", AttributeValue.fromS("C"));

                code.call("X4", Map.of("name", "C"));
                assertThat(team(client, "t1")).isEmpty();
                assertThat(team(client, "t2")).isNotEmpty();
                assertThatThrownBy(() -> code.call("X4", Map.of("name", "C"))).isInstanceOf(CodeCaller.Refused.class);
            }
        }
    }

    private static Map<String, AttributeValue> team(DynamoDbClient client, String id) {
        return client.getItem(b -> b.tableName("UsersService").consistentRead(true).key(Map.of(
                "PK", AttributeValue.fromS("TEAM#" + id), "SK", AttributeValue.fromS("TEAM")))).item();
    }

    /** The design with the plans X1..X4 of the test file added, each only a program. */
    private static Design withExtraPlans(Design design) throws Exception {
        Map<String, List<ProgramRequest>> programs;
        try (InputStream in = StepKindsTests.class.getResourceAsStream("/export/code/step-kinds.programs.json")) {
            programs = ModelJson.MAPPER.readValue(in, new TypeReference<Map<String, List<ProgramRequest>>>() { });
        }
        List<PatternPlan> plans = new ArrayList<>(design.accessPatterns());
        programs.forEach((id, steps) -> plans.add(new PatternPlan(id, "UsersService", null, "UpdateItem", null, null, null, null,
                null, null, null, null, null, null, "test", null, null).withProgram(steps)));
        return new Design(design.format(), design.model(), design.style(), design.tables(), plans, design.denormalizations(),
                design.warnings(), design.steps(), design.cost());
    }
}
