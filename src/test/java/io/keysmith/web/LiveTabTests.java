package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.DesignEngine;
import io.keysmith.live.ApplyOptions;
import io.keysmith.live.ApplyPlan;
import io.keysmith.live.ApplyService;
import io.keysmith.live.CancelToken;
import io.keysmith.live.SeedListener;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Live table tab when things go wrong: an unreachable endpoint, a table in the way, a cancelled seed. */
class LiveTabTests extends BrowserTest {

    @Autowired
    Workspace workspace;

    @Autowired
    EmbeddedDynamo embedded;

    @Test
    void anUnreachableEndpointGivesOneClearMessageAndChangesNothing() {
        LivePage live = openLiveTab("Unreachable", LibraryModel.SMALL);
        live.chooseEndpoint("http://127.0.0.1:9");
        live.showPlan();
        assertThat(live.error().innerText()).startsWith("Cannot reach DynamoDB at endpoint http://127.0.0.1:9")
                .endsWith("Nothing was changed.");
        assertThat(live.canApply()).isFalse();
        screenshot("live-error");

        live.chooseEndpoint("http://user:secret@127.0.0.1:9");
        live.showPlan();
        assertThat(live.error().innerText()).contains("leave credentials out of the URL").doesNotContain("secret");
    }

    @Test
    void anAwsProfileWithoutCredentialsOrABadRegionIsNamedInTheMessage() {
        LivePage live = openLiveTab("NoCredentials", LibraryModel.SMALL);
        live.chooseAws("keysmith-no-such-profile", "eu-west-3");
        live.showPlan();
        assertThat(live.error().innerText()).startsWith("No AWS credentials found for AWS region eu-west-3")
                .endsWith("Nothing was changed.");
        assertThat(live.canApply()).isFalse();

        live.chooseAws("", "Ireland");
        live.showPlan();
        assertThat(live.error().innerText()).startsWith("AWS region: give a region like eu-west-1");
    }

    @Test
    void aTableWithTheSameNameAndAnotherSchemaIsLeftAloneUnlessReplaceIsTicked() {
        Model plain = ModelReader.parse(LibraryModel.SMALL.formatted("Clash")).model();
        long before;
        try (ApplyService service = ApplyService.open(embedded.target())) {
            ApplyPlan plan = service.plan(plain, DesignEngine.design(plain), ApplyOptions.defaults().withItems(20));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            before = service.count(plan);
        }
        LivePage live = openLiveTab("Clash", LibraryModel.SMALL_WITH_INDEX);
        live.showPlan();
        assertThat(live.error().innerText()).startsWith("Table Clash already exists with a different schema")
                .contains("Nothing was changed.").doesNotContain("--replace");
        assertThat(live.plan()).contains("Table Clash: refuse (exists with a different schema)").doesNotContain("--replace");
        assertThat(live.canApply()).isFalse();
        screenshot("live-refused");
        try (ApplyService service = ApplyService.open(embedded.target())) {
            ApplyPlan plan = service.plan(plain, DesignEngine.design(plain), ApplyOptions.defaults().withItems(20));
            assertThat(plan.refused()).isFalse();
            assertThat(service.count(plan)).isEqualTo(before);
        }

        live.replace();
        live.items(300);
        live.showPlan();
        assertThat(live.plan()).contains("Table Clash: replace");
        live.createAndSeed();
        assertThat(live.summary()).isEqualTo("2 passed, 0 failed");
    }

    @Test
    void tickingReplaceAfterARefusalPlansAgainWithTheReplacement() {
        Model plain = ModelReader.parse(LibraryModel.SMALL.formatted("Swap")).model();
        try (ApplyService service = ApplyService.open(embedded.target())) {
            service.apply(service.plan(plain, DesignEngine.design(plain), ApplyOptions.defaults().withItems(20)),
                    SeedListener.NONE, new CancelToken(), 2);
        }
        LivePage live = openLiveTab("Swap", LibraryModel.SMALL_WITH_INDEX);
        live.showPlan();
        assertThat(live.canApply()).isFalse();

        live.replace();
        live.waitForPlanSaying("Table Swap: replace");
        assertThat(live.error().isVisible()).isFalse();
        assertThat(live.canApply()).isTrue();
        live.createAndSeed();
        assertThat(live.summary()).isEqualTo("2 passed, 0 failed");
    }

    @Test
    void startingFromEmptyTablesLeavesOnlyTheNewItems() {
        Model model = ModelReader.parse(LibraryModel.SMALL.formatted("Emptied")).model();
        try (ApplyService service = ApplyService.open(embedded.target())) {
            ApplyPlan plan = service.plan(model, DesignEngine.design(model), ApplyOptions.defaults().withItems(400));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            assertThat(service.count(plan)).isGreaterThan(100);
        }
        LivePage live = openLiveTab("Emptied", LibraryModel.SMALL);
        live.items(30);
        live.showPlan();
        assertThat(live.plan()).contains("Table Emptied: reuse");
        live.startFromEmptyTables();
        live.waitForPlanSaying("Table Emptied: replace (exists; deleted and created again, empty)");
        screenshot("live-empty-plan");
        live.createAndSeed();
        assertThat(live.seeded()).doesNotContain("were there before");
        try (ApplyService service = ApplyService.open(embedded.target())) {
            ApplyPlan plan = service.plan(model, DesignEngine.design(model), ApplyOptions.defaults().withItems(30));
            assertThat(service.count(plan)).isEqualTo(plan.items().size());
        }
        screenshot("live-empty-seeded");
    }

    @Test
    void aSeedCanBeCancelledAndSaysHowFarItGot() {
        LivePage live = openLiveTab("Cancelled", LibraryModel.SMALL);
        // enough that the seed is still running when Cancel lands: 60,000 items took 2.6 s on a quiet machine
        live.items(200_000);
        live.showPlan();
        page.locator("#live-apply").click();
        page.waitForCondition(() -> live.progressValue() > 0);
        screenshot("live-seeding");
        live.cancel();
        assertThat(live.status()).matches("Cancelled after [\\d,]+ of [\\d,]+ items; .*");
        assertThat(live.progressValue()).isLessThan(1.0);
        assertThat(page.locator("#live-results").isVisible()).isFalse();
    }

    private LivePage openLiveTab(String name, String json) {
        String id = workspace.importModel(name.toLowerCase() + ".json", json.formatted(name));
        ModelPage model = ModelPage.open(page, baseUrl(), id);
        model.openTab("Live table");
        return new LivePage(page);
    }
}
