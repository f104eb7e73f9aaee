package io.keysmith.export.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.live.CodeOracle;
import io.keysmith.live.Connection;
import io.keysmith.live.LocalEndpoint;
import io.keysmith.live.Target;
import io.keysmith.model.Model;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The typed methods as an application calls them, on a table deployed under another name than
 * the design's: a create with the entity's record (Python: keyword arguments), reads by id and by
 * a unique value, a change of that value, a refused duplicate, a delete.
 */
class TypedMethodsTests {

    @TempDir
    Path temp;

    @Test
    void javaMethodsTakeTheEntityRecordAndTypedValuesAndUseTheDeployedTableName() throws Throwable {
        Model model = GeneratedCodeRunsTests.sample("users-service.json");
        Design design = DesignEngine.design(model);
        try (LocalEndpoint local = LocalEndpoint.start(null);
                Connection connection = Connection.open(new Target.Endpoint(local.endpoint(), "us-east-1"))) {
            deployAs(connection.client(), local, model, design, "users-prod");
            Object patterns = GeneratedJava.load(CodeExporterTests.export(model, design).get("code/AccessPatterns.java"),
                    temp, connection.client(), Map.of("UsersService", "users-prod")).instance();
            Class<?> userType = Arrays.stream(patterns.getClass().getClasses())
                    .filter(c -> c.getSimpleName().equals("User")).findFirst().orElseThrow();
            Object user = userType.getDeclaredConstructors()[0].newInstance("u1", "ada@example.org", "ada", "Ada", "Lovelace",
                    null, "hash", "ADMIN", "ACTIVE", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", null);

            invoke(patterns, "registerAUser", user);
            assertThat(entities(invoke(patterns, "getAUserById", "u1"))).containsExactly("User");
            assertThat(attributes(invoke(patterns, "getAUserByEmailSignIn", "ada@example.org")))
                    .containsEntry("username", "ada").doesNotContainKey("phone").doesNotContainKey("PK");
            assertThatThrownBy(() -> invoke(patterns, "registerAUser", user))
                    .hasFieldOrPropertyWithValue("class.simpleName", "ConditionalCheckFailed");

            invoke(patterns, "changeAUsersEmail", "u1", "ada@lovelace.org", "2026-02-01T00:00:00Z");
            assertThat(entities(invoke(patterns, "getAUserByEmailSignIn", "ada@example.org"))).isEmpty();
            assertThat(attributes(invoke(patterns, "getAUserByEmailSignIn", "ada@lovelace.org")))
                    .containsEntry("email", "ada@lovelace.org").containsEntry("firstName", "Ada");

            invoke(patterns, "deleteAUser", "u1");
            assertThat(entities(invoke(patterns, "getAUserById", "u1"))).isEmpty();
            assertThatThrownBy(() -> invoke(patterns, "deleteAUser", "u1"))
                    .hasFieldOrPropertyWithValue("class.simpleName", "ConditionalCheckFailed");
        }
    }

    @Test
    void pythonMethodsTakeKeywordArgumentsAndUseTheDeployedTableName() throws Exception {
        String python = GeneratedPython.interpreter();
        assumeTrue(python != null, "no python3 with boto3 on this machine");
        Model model = GeneratedCodeRunsTests.sample("users-service.json");
        Design design = DesignEngine.design(model);
        try (LocalEndpoint local = LocalEndpoint.start(null);
                Connection connection = Connection.open(new Target.Endpoint(local.endpoint(), "us-east-1"))) {
            deployAs(connection.client(), local, model, design, "users-prod");
            Files.writeString(temp.resolve("access_patterns.py"), CodeExporterTests.export(model, design).get("code/access_patterns.py"));
            Files.writeString(temp.resolve("app.py"), """
                    import sys, boto3
                    from access_patterns import AccessPatterns, ConditionalCheckFailed
                    client = boto3.client("dynamodb", endpoint_url=sys.argv[1], region_name="us-east-1",
                                          aws_access_key_id="keysmith", aws_secret_access_key="local")
                    users = AccessPatterns(client, {"UsersService": "users-prod"})
                    user = dict(user_id="u1", email="ada@example.org", username="ada", first_name="Ada", last_name="Lovelace",
                                phone=None, password_hash="hash", role="ADMIN", status="ACTIVE",
                                created_at="2026-01-01T00:00:00Z", updated_at="2026-01-01T00:00:00Z", last_login_at=None)
                    users.register_a_user(**user)
                    print([f.entity for f in users.get_a_user_by_id("u1")])
                    try:
                        users.register_a_user(**user)
                        print("accepted twice")
                    except ConditionalCheckFailed:
                        print("refused")
                    users.change_a_users_email(user_id="u1", email="ada@lovelace.org", updated_at="2026-02-01T00:00:00Z")
                    print(len(users.get_a_user_by_email_sign_in("ada@example.org")),
                          users.get_a_user_by_email_sign_in("ada@lovelace.org")[0].attributes["firstName"])
                    users.delete_a_user("u1")
                    print(users.get_a_user_by_id("u1"))
                    """);
            Process p = new ProcessBuilder(python, "app.py", local.endpoint().toString()).directory(temp.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(out).isEqualTo("['User']\nrefused\n0 Ada\n[]\n");
        }
    }

    /** Seeds the design's tables, then creates an empty copy of the table under the deployed name. */
    private static void deployAs(DynamoDbClient client, LocalEndpoint local, Model model, Design design, String name) {
        CodeOracle.seed(local.endpoint(), model, design, 10);
        TableDescription t = client.describeTable(b -> b.tableName(design.tables().get(0).name())).table();
        client.createTable(b -> b.tableName(name).keySchema(t.keySchema()).attributeDefinitions(t.attributeDefinitions())
                .billingMode("PAY_PER_REQUEST").globalSecondaryIndexes(t.globalSecondaryIndexes().stream()
                        .map(g -> GlobalSecondaryIndex.builder().indexName(g.indexName()).keySchema(g.keySchema())
                                .projection(g.projection()).build()).toList()));
    }

    private static Object invoke(Object target, String name, Object... args) throws Throwable {
        Method m = Arrays.stream(target.getClass().getMethods()).filter(x -> x.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name));
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<String> entities(Object found) throws Exception {
        return ((List<?>) found).stream().map(f -> {
            try {
                return (String) f.getClass().getRecordComponents()[0].getAccessor().invoke(f);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Object found) throws Exception {
        List<?> list = (List<?>) found;
        assertThat(list).hasSize(1);
        return (Map<String, Object>) list.get(0).getClass().getRecordComponents()[1].getAccessor().invoke(list.get(0));
    }
}
