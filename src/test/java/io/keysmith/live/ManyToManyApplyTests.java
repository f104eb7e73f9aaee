package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A many-to-many read from both sides (a member with their clubs, a club with its members), applied
 * to the local engine: the plans run literally and return the other side's items the through
 * entity pairs with them.
 */
class ManyToManyApplyTests {

    @Test
    void bothSidesOfAManyToManyComeBackWithTheItemsTheirEdgesName() {
        Model model = ModelReader.read(Path.of("src/test/resources/design/issue13/club-memberships.json")).model();
        Design design = DesignEngine.design(model);
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(1_500));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 4);
            VerifyReport report = service.verify(plan);
            List<PatternResult> failures = report.results().stream().filter(r -> !r.passed()).toList();
            assertThat(failures).as(String.valueOf(failures.stream().map(PatternResult::line).toList())).isEmpty();
            for (String id : List.of("AP1", "AP2")) {
                PatternResult r = report.results().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                // 3 parameter sets of one main item each: anything more is the other side, read through the edges
                assertThat(r.items()).as(id + " returns the other side").isGreaterThan(3);
            }
        }
    }

    @Test
    void aManyToManyWithoutThroughIsReadFromBothSidesAndItsLinkAndUnlinkProgramsRunLiterally() {
        Model model = ModelReader.read(Path.of("src/test/resources/design/manytomany/tagged-articles.json")).model();
        Design design = DesignEngine.design(model);
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(1_500));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 4);
            VerifyReport report = service.verify(plan);
            List<PatternResult> failures = report.results().stream().filter(r -> !r.passed()).toList();
            assertThat(failures).as(String.valueOf(failures.stream().map(PatternResult::line).toList())).isEmpty();
            assertThat(report.results()).extracting(PatternResult::id).contains("link-ArticleTag", "unlink-ArticleTag");
            for (String id : List.of("AP1", "AP2")) {
                PatternResult r = report.results().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
                // 3 parameter sets of one main item each: anything more is the other side, read through the edges
                assertThat(r.items()).as(id + " returns the other side").isGreaterThan(3);
            }
        }
    }
}
