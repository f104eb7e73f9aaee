package io.keysmith.export.code;

import static io.keysmith.export.code.NodeDriver.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.live.CodeOracle;
import io.keysmith.live.CodeOracle.Answer;
import io.keysmith.live.Connection;
import io.keysmith.live.LocalEndpoint;
import io.keysmith.live.Target;
import io.keysmith.live.UnprocessedProxy;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;

/**
 * The generated code of a many-to-many without {@code through} (articles and tags): it compiles
 * (tsc, javac, Python's parser), and deleting an article through it deletes the article's edges
 * first, so a tag's articles no longer name it and no edge of it is left in the table.
 */
class ManyToManyDeleteCodeTests {

    private static final Path MODEL = Path.of("src/test/resources/design/manytomany/tagged-articles.json");
    private static final String ARTICLE = "00000000-0000-4000-8000-0000000c0de1";

    @TempDir
    Path temp;

    private static Model model() {
        return ModelReader.read(MODEL).model();
    }

    @Test
    void theGeneratedCodeOfTheTaggedArticlesCompilesInEveryLanguage() throws Exception {
        Model model = model();
        Map<String, String> files = CodeExporterTests.export(model, DesignEngine.design(model));
        assertThat(GeneratedJava.compile(files.get("code/AccessPatterns.java"), temp)).isEmpty();
        assertThat(PythonSource.compile(files.get("code/access_patterns.py"), temp)).isEmpty();
        assumeTrue(NodeDriver.unavailableReason().isEmpty(), NodeDriver.unavailableReason().orElse(""));
        Path module = Files.writeString(temp.resolve("accessPatterns.ts"), files.get("code/accessPatterns.ts"));
        assertThat(NodeDriver.diagnostics(List.of(module))).isEmpty();
    }

    @Test
    void deletingAnArticleThroughTheTypeScriptModuleDeletesItsEdges() throws Exception {
        assumeTrue(NodeDriver.unavailableReason().isEmpty(), NodeDriver.unavailableReason().orElse(""));
        Model model = model();
        Design design = DesignEngine.design(model);
        Map<String, String> files = CodeExporterTests.export(model, design);
        Path module = Files.writeString(temp.resolve("accessPatterns.ts"), files.get("code/accessPatterns.ts"));
        Path designFile = Files.writeString(temp.resolve("design.json"), ModelJson.MAPPER.writeValueAsString(design));
        try (LocalEndpoint local = LocalEndpoint.start(null)) {
            List<JsonNode> out = NodeDriver.run(module, designFile, local.endpoint(), List.of(
                    call("AP5", Map.of("tagName", "red", "description", "Red things")),
                    call("AP5", Map.of("tagName", "blue", "description", "Blue things")),
                    call("AP4", Map.of("articleId", ARTICLE, "title", "Doomed", "publishedAt", "2024-05-01T10:00:00.000Z")),
                    call("link-ArticleTag", Map.of("articleId", ARTICLE, "tagName", "red")),
                    call("link-ArticleTag", Map.of("articleId", ARTICLE, "tagName", "blue")),
                    call("AP2", Map.of("tagName", "red")),
                    call("AP8", Map.of("articleId", ARTICLE)),
                    call("AP2", Map.of("tagName", "red")),
                    call("AP2", Map.of("tagName", "blue")),
                    call("AP1", Map.of("articleId", ARTICLE)),
                    call("AP8", Map.of("articleId", ARTICLE))));
            assertThat(out.subList(0, 5)).allMatch(o -> !o.has("error"), "writes succeed");
            assertThat(articles(out.get(5))).containsExactly(ARTICLE);
            assertThat(out.get(6).has("error")).as(out.get(6).toString()).isFalse();
            assertThat(articles(out.get(7))).isEmpty();
            assertThat(articles(out.get(8))).isEmpty();
            assertThat(out.get(9).get("found")).as("no article and no edge naming a tag is left").isEmpty();
            assertThat(out.get(10).path("error").asString()).isEqualTo("ConditionalCheckFailed");
        }
    }

    enum Language { JAVA, PYTHON }

    @ParameterizedTest
    @EnumSource(Language.class)
    void deletingAnArticleThroughTheGeneratedJavaAndPythonDeletesItsEdges(Language language) throws Exception {
        assumeTrue(language == Language.JAVA || GeneratedPython.interpreter() != null, "no python3 with boto3");
        Model model = model();
        Design design = DesignEngine.design(model);
        Map<String, String> files = CodeExporterTests.export(model, design);
        try (LocalEndpoint local = LocalEndpoint.start(null);
                Connection connection = Connection.open(new Target.Endpoint(local.endpoint(), "us-east-1"))) {
            CodeOracle.seed(local.endpoint(), model, design, 300);
            DynamoDbClient client = connection.client();
            try (CodeCaller code = language == Language.JAVA
                    ? GeneratedJava.load(files.get("code/AccessPatterns.java"), temp, client, Map.of())
                    : GeneratedPython.start(files.get("code/access_patterns.py"), temp, local.endpoint())) {
                code.call("AP5", Map.of("tagName", "zz-red", "description", "Red things"));
                code.call("AP4", Map.of("articleId", ARTICLE, "title", "Doomed", "publishedAt", "2024-05-01T10:00:00.000Z"));
                for (String tag : List.of("zz-red", "zz-blue", "zz-green")) {
                    code.call("link-ArticleTag", Map.of("articleId", ARTICLE, "tagName", tag));
                }
                assertThat(articles(code.call("AP2", Map.of("tagName", "zz-red")))).containsExactly(ARTICLE);
                assertThat(itemsNaming(client, design)).as("the article and its 3 edges").isEqualTo(4);

                code.call("AP8", Map.of("articleId", ARTICLE));

                assertThat(articles(code.call("AP2", Map.of("tagName", "zz-red")))).isEmpty();
                assertThat(code.call("AP1", Map.of("articleId", ARTICLE))).isEmpty();
                assertThat(itemsNaming(client, design)).as("no item of the article is left").isZero();
            }
        }
    }

    enum Runtime { TYPESCRIPT, JAVA, PYTHON }

    /**
     * Sixty edges through a proxy in front of the local engine that answers BatchWriteItem as
     * DynamoDB under load (the first call processes nothing, later ones half their requests): the
     * generated code sends the edges in calls of 25, resends what comes back unprocessed, and
     * deletes the article only then.
     */
    @ParameterizedTest
    @EnumSource(Runtime.class)
    void theGeneratedCodeDeletesSixtyEdgesInBatchesAndResendsWhatComesBackUnprocessed(Runtime runtime) throws Exception {
        assumeTrue(runtime != Runtime.TYPESCRIPT || NodeDriver.unavailableReason().isEmpty(),
                NodeDriver.unavailableReason().orElse(""));
        assumeTrue(runtime != Runtime.PYTHON || GeneratedPython.interpreter() != null, "no python3 with boto3");
        Model model = model();
        Design design = DesignEngine.design(model);
        Map<String, String> files = CodeExporterTests.export(model, design);
        String article = "00000000-0000-4000-8000-0000000ba7c5";
        List<Map<String, Object>> calls = new java.util.ArrayList<>();
        calls.add(call("AP4", Map.of("articleId", article, "title", "Doomed", "publishedAt", "2024-05-01T10:00:00.000Z")));
        for (int i = 0; i < 60; i++) {
            calls.add(call("link-ArticleTag", Map.of("articleId", article, "tagName", "zz-tag-" + i)));
        }
        calls.add(call("AP8", Map.of("articleId", article)));
        calls.add(call("AP1", Map.of("articleId", article)));
        try (LocalEndpoint local = LocalEndpoint.start(null);
                UnprocessedProxy proxy = UnprocessedProxy.start(local.endpoint());
                Connection direct = Connection.open(new Target.Endpoint(local.endpoint(), "us-east-1"));
                Connection viaProxy = Connection.open(new Target.Endpoint(proxy.endpoint(), "us-east-1"))) {
            if (runtime == Runtime.TYPESCRIPT) {
                Path module = Files.writeString(temp.resolve("accessPatterns.ts"), files.get("code/accessPatterns.ts"));
                Path designFile = Files.writeString(temp.resolve("design.json"), ModelJson.MAPPER.writeValueAsString(design));
                List<JsonNode> out = NodeDriver.run(module, designFile, proxy.endpoint(), calls);
                assertThat(out).allMatch(o -> !o.has("error"), "every call succeeds");
                assertThat(out.get(out.size() - 1).get("found")).isEmpty();
            } else {
                CodeOracle.seed(local.endpoint(), model, design, 100);
                try (CodeCaller code = runtime == Runtime.JAVA
                        ? GeneratedJava.load(files.get("code/AccessPatterns.java"), temp, viaProxy.client(), Map.of())
                        : GeneratedPython.start(files.get("code/access_patterns.py"), temp, proxy.endpoint())) {
                    for (Map<String, Object> c : calls.subList(0, calls.size() - 1)) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> params = (Map<String, Object>) c.get("params");
                        code.call((String) c.get("pattern"), params);
                    }
                    assertThat(code.call("AP1", Map.of("articleId", article))).isEmpty();
                }
            }
            // three calls of at most 25 (25, 25, 10), each answered with unprocessed items at least once
            assertThat(proxy.unprocessedCalls.get()).as(proxy.toString()).isGreaterThanOrEqualTo(3);
            DynamoDbClient client = direct.client();
            long left = client.listTables().tableNames().stream().mapToLong(t -> client.scanPaginator(b -> b.tableName(t)
                    .consistentRead(true)).items().stream().filter(i -> i.containsKey("articleId")
                            && article.equals(i.get("articleId").s())).count()).sum();
            assertThat(left).as("no edge of the article is left, nor the article").isZero();
        }
    }

    private static List<String> articles(JsonNode outcome) {
        assertThat(outcome.has("found")).as(outcome.toString()).isTrue();
        return outcome.get("found").valueStream().filter(f -> f.get("entity").asString().equals("Article"))
                .map(f -> f.get("attributes").get("articleId").asString()).toList();
    }

    private static List<Object> articles(List<Answer> answers) {
        return answers.stream().filter(a -> a.entity().equals("Article")).map(a -> a.attributes().get("articleId")).toList();
    }

    /** How many items of the tables hold the article's id, read through the AWS SDK. */
    private static long itemsNaming(DynamoDbClient client, Design design) {
        return design.tables().stream().mapToLong(t -> client.scanPaginator(b -> b.tableName(t.name()).consistentRead(true))
                .items().stream().filter(i -> i.containsKey("articleId") && ARTICLE.equals(i.get("articleId").s())).count())
                .sum();
    }
}
