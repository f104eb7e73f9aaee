package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.model.AccessPattern;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A many-to-many read from both sides (a member with their clubs, a club with its members), applied
 * to the local engine: the plans run literally and return the other side's items the through
 * entity pairs with them; deleting a side deletes its implied edges first.
 */
class ManyToManyApplyTests {

    @Test
    void bothSidesOfAManyToManyComeBackWithTheItemsTheirEdgesName() {
        VerifyReport report = appliedAndVerified("src/test/resources/design/issue13/club-memberships.json");
        assertEverythingPassedAndBothSidesReadTheOther(report);
    }

    @Test
    void aManyToManyWithoutThroughIsReadFromBothSidesAndItsLinkAndUnlinkProgramsRunLiterally() {
        VerifyReport report = appliedAndVerified("src/test/resources/design/manytomany/tagged-articles.json");
        assertEverythingPassedAndBothSidesReadTheOther(report);
        assertThat(report.results()).extracting(PatternResult::id).contains("link-ArticleTag", "unlink-ArticleTag");
    }

    /** The model designed, applied to the local engine with 1,500 items and every pattern run. */
    private static VerifyReport appliedAndVerified(String file) {
        Model model = ModelReader.read(Path.of(file)).model();
        Design design = DesignEngine.design(model);
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(1_500));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 4);
            return service.verify(plan);
        }
    }

    private static void assertEverythingPassedAndBothSidesReadTheOther(VerifyReport report) {
        List<PatternResult> failures = report.results().stream().filter(r -> !r.passed()).toList();
        assertThat(failures).as(String.valueOf(failures.stream().map(PatternResult::line).toList())).isEmpty();
        for (String id : List.of("AP1", "AP2")) {
            // 3 parameter sets of one main item each: anything more is the other side, read through the edges
            assertThat(result(report, id).items()).as(id + " returns the other side").isGreaterThan(3);
        }
    }

    @Test
    void deletingAnArticleDeletesItsEdgesSoATagsArticlesNoLongerNameItAndNoEdgeOfItIsLeft() {
        Model model = ModelReader.read(Path.of("src/test/resources/design/manytomany/tagged-articles.json")).model();
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, DesignEngine.design(model), ApplyOptions.defaults().withItems(600));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            DynamoDbClient client = service.client();
            ProgramRunner programs = new ProgramRunner(client, plan.design(), plan.model());
            List<Object> tags = plan.data().of("Tag").stream().limit(3).map(t -> t.get("tagName")).toList();
            String article = "00000000-0000-4000-8000-00000000d1e7";
            assertThat(run(programs, plan, "AP4", Map.of("articleId", article, "title", "Doomed", "publishedAt",
                    "2024-05-01T10:00:00.000Z"))).isEqualTo(ProgramRunner.Outcome.DONE);
            for (Object tag : tags) {
                assertThat(run(programs, plan, "link-ArticleTag", Map.of("articleId", article, "tagName", tag)))
                        .isEqualTo(ProgramRunner.Outcome.DONE);
                assertThat(articlesOf(client, plan, tag)).as("the tag names the linked article").contains(article);
            }
            assertThat(itemsNaming(client, plan, article)).as("the article and its 3 edges").hasSize(4);

            List<String> sent = new ArrayList<>();
            assertThat(programs.run(plan(plan, "AP8").program(), Map.of("articleId", article), sent))
                    .isEqualTo(ProgramRunner.Outcome.DONE);

            // three edge deletes in one BatchWriteItem, then the article's own: the edges go first
            assertThat(sent).hasSize(4);
            assertThat(sent.subList(0, 3)).allMatch(s -> s.startsWith("BatchWriteItem DeleteItem") && s.contains("ARTICLETAG#"));
            assertThat(sent.get(3)).startsWith("DeleteItem").contains("ARTICLE#");
            for (Object tag : tags) {
                assertThat(articlesOf(client, plan, tag)).as("the tag no longer names the deleted article").doesNotContain(article);
            }
            assertThat(itemsNaming(client, plan, article)).as("no item of the article is left").isEmpty();
            assertThat(run(programs, plan, "AP8", Map.of("articleId", article))).as("deleting it again is refused")
                    .isEqualTo(ProgramRunner.Outcome.REFUSED);
        }
    }

    @Test
    void theWriteSequenceDeletesArticlesThatHaveEdgesAndFailsADeleteThatLeavesThem() {
        Model model = ModelReader.read(Path.of("src/test/resources/design/manytomany/tagged-articles.json")).model();
        Design design = DesignEngine.design(model);
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(600));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            PatternResult kept = result(service.verify(plan), "AP8");
            assertThat(kept.passed()).as(kept.line()).isTrue();

            ApplyPlan leaving = service.plan(model, ProgramEdits.onPattern(design, "AP8", ProgramEdits.withoutEachSteps()),
                    ApplyOptions.defaults().withItems(600));
            service.apply(leaving, SeedListener.NONE, new CancelToken(), 2);
            PatternResult left = result(service.verify(leaving), "AP8");
            assertThat(left.failed()).as(left.line()).isTrue();
            assertThat(left.detail()).contains("AP8 delete");
        }
    }

    private static PatternResult result(VerifyReport report, String id) {
        return report.results().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static io.keysmith.design.PatternPlan plan(ApplyPlan plan, String id) {
        return plan.design().accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static ProgramRunner.Outcome run(ProgramRunner programs, ApplyPlan plan, String id, Map<String, Object> params) {
        return programs.run(plan(plan, id).program(), params, new ArrayList<>());
    }

    /** The article ids "a tag with its articles" (AP2) returns, its plan run literally. */
    private static List<Object> articlesOf(DynamoDbClient client, ApplyPlan plan, Object tag) {
        AccessPattern ap2 = plan.model().accessPatterns().stream().filter(p -> p.id().equals("AP2")).findFirst().orElseThrow();
        PlanRunner.Run run = new PlanRunner(client, plan.design()).run(plan(plan, "AP2"), ap2, Map.of("tagName", tag), r -> true);
        assertThat(run.problem()).isNull();
        return run.items().stream().map(r -> r.item().get("articleId")).filter(java.util.Objects::nonNull)
                .map(AttributeValues::plain).toList();
    }

    /** Every item of the table that holds the article's id, read through the AWS SDK. */
    private static List<Map<String, AttributeValue>> itemsNaming(DynamoDbClient client, ApplyPlan plan, String article) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        for (io.keysmith.design.Table t : plan.design().tables()) {
            client.scanPaginator(b -> b.tableName(t.name()).consistentRead(true)).items().stream()
                    .filter(i -> i.containsKey("articleId") && article.equals(i.get("articleId").s())).forEach(out::add);
        }
        return out;
    }
}
