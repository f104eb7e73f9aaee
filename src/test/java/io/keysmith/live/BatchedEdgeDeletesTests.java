package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.EdgeEntities;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The live runner deletes a many-to-many side's edges in BatchWriteItem calls of 25 and resends
 * what a call leaves unprocessed until none is left, before the side's own item: the local engine
 * behind a proxy that answers as DynamoDB under load (the first call processes nothing, later ones
 * half their requests).
 */
class BatchedEdgeDeletesTests {

    static final Path MODEL = Path.of("src/test/resources/design/manytomany/tagged-articles.json");
    static final String ARTICLE = "00000000-0000-4000-8000-0000000ba7c4";
    static final int EDGES = 60;

    @Test
    void sixtyEdgesGoInCallsOf25AndWhatComesBackUnprocessedIsResentBeforeTheArticleIsDeleted() throws Exception {
        Model model = EdgeEntities.implied(ModelReader.read(MODEL).model());
        Design design = DesignEngine.design(model);
        try (LocalEndpoint local = LocalEndpoint.start(null);
                UnprocessedProxy proxy = UnprocessedProxy.start(local.endpoint());
                Connection connection = Connection.open(new Target.Endpoint(proxy.endpoint(), "us-east-1"));
                Connection direct = Connection.open(new Target.Endpoint(local.endpoint(), "us-east-1"))) {
            CodeOracle.seed(local.endpoint(), model, design, 100);
            ProgramRunner programs = new ProgramRunner(connection.client(), design, model);
            assertThat(run(programs, design, "AP4", Map.of("articleId", ARTICLE, "title", "Doomed",
                    "publishedAt", "2024-05-01T10:00:00.000Z"), new ArrayList<>())).isEqualTo(ProgramRunner.Outcome.DONE);
            for (int i = 0; i < EDGES; i++) {
                assertThat(run(programs, design, "link-ArticleTag", Map.of("articleId", ARTICLE, "tagName", "zz-tag-" + i),
                        new ArrayList<>())).isEqualTo(ProgramRunner.Outcome.DONE);
            }
            assertThat(itemsNaming(direct.client(), design, ARTICLE)).as("the article and its edges").isEqualTo(EDGES + 1);

            List<String> sent = new ArrayList<>();
            assertThat(run(programs, design, "AP8", Map.of("articleId", ARTICLE), sent)).isEqualTo(ProgramRunner.Outcome.DONE);

            assertThat(sent).hasSize(EDGES + 1);
            assertThat(sent.subList(0, EDGES)).allMatch(s -> s.startsWith("BatchWriteItem DeleteItem"));
            assertThat(sent.get(EDGES)).startsWith("DeleteItem");
            // 3 calls of at most 25 (25, 25, 10), each resent until all of it is processed: more calls than 3
            assertThat(proxy.unprocessedCalls.get()).as(proxy.toString()).isGreaterThanOrEqualTo(3);
            assertThat(proxy.batchCalls.get()).isGreaterThan(proxy.unprocessedCalls.get());
            assertThat(itemsNaming(direct.client(), design, ARTICLE)).as("no edge of the article is left").isZero();
            assertThat(run(programs, design, "AP8", Map.of("articleId", ARTICLE), new ArrayList<>()))
                    .as("deleting it again is refused").isEqualTo(ProgramRunner.Outcome.REFUSED);
        }
    }

    private static ProgramRunner.Outcome run(ProgramRunner programs, Design design, String id, Map<String, Object> params,
            List<String> sent) {
        PatternPlan plan = design.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        return programs.run(plan.program(), params, sent);
    }

    /** How many items of the tables hold the article's id, read through the AWS SDK past the proxy. */
    static long itemsNaming(DynamoDbClient client, Design design, String article) {
        return design.tables().stream().mapToLong(t -> client.scanPaginator(b -> b.tableName(t.name()).consistentRead(true))
                .items().stream().filter(i -> i.containsKey("articleId") && article.equals(i.get("articleId").s())).count())
                .sum();
    }
}
