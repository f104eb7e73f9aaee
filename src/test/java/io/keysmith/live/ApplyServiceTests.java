package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.design.Design;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApplyServiceTests {

    @RegisterExtension
    static final LocalTables tables = new LocalTables();

    private static Design renamed(String table) {
        return Fixtures.design(Fixtures.text("shop.design.json").replace("LiveShop", table));
    }

    @Test
    void tenThousandInstancesAreLoadedCountedAndEveryPatternIsTruthful() {
        Model model = Fixtures.model();
        Design design = renamed("Big");
        ApplyPlan plan = tables.service().plan(model, design, ApplyOptions.defaults().withItems(10_000));
        assertThat(plan.actions()).extracting(TableAction::kind).containsExactly(TableAction.Kind.CREATE);
        assertThat(plan.describe()).anyMatch(l -> l.contains("GSI GSI1: GSI1PK (S) + GSI1SK (S)"));
        List<Long> progress = new ArrayList<>();
        SeedResult seed = tables.service().apply(plan, (written, total) -> {
            synchronized (progress) {
                progress.add(written);
            }
        }, new CancelToken(), 8);
        assertThat(plan.items().size()).isGreaterThan(10_000);
        assertThat(seed.written()).isEqualTo(plan.items().size());
        assertThat(seed.counted()).isEqualTo(plan.items().size());
        assertThat(progress).hasSizeGreaterThan(100).contains((long) plan.items().size());

        VerifyReport report = tables.service().verify(plan);
        assertThat(report.results()).hasSize(model.accessPatterns().size());
        assertThat(report.results()).allSatisfy(r -> assertThat(r.passed()).as(r.line()).isTrue());
        assertThat(report.summary()).isEqualTo("10 passed, 0 failed");
        assertThat(report.results().stream().filter(r -> r.type().equals("read")).mapToInt(PatternResult::items).sum())
                .isGreaterThan(50);
    }

    @Test
    void aWrongPlanFailsVerification() {
        Model model = Fixtures.model();
        // Ascending where the model asks for newest first, and a begins_with that also returns other entities.
        String json = Fixtures.text("shop.design.json").replace("LiveShop", "Wrong")
                .replace("\"scanIndexForward\": false", "\"scanIndexForward\": true")
                .replace("\"SK\": { \"op\": \"begins_with\", \"value\": \"ORDER#\" }", "\"SK\": { \"op\": \"begins_with\", \"value\": \"\" }");
        ApplyPlan plan = tables.service().plan(model, Fixtures.design(json), ApplyOptions.defaults().withItems(1_000));
        tables.service().apply(plan, SeedListener.NONE, new CancelToken(), 4);
        VerifyReport report = tables.service().verify(plan);
        PatternResult ap3 = report.results().stream().filter(r -> r.id().equals("AP3")).findFirst().orElseThrow();
        assertThat(ap3.passed()).isFalse();
        assertThat(ap3.detail()).contains("not in orderDate desc order");
        PatternResult ap6 = report.results().stream().filter(r -> r.id().equals("AP6")).findFirst().orElseThrow();
        assertThat(ap6.passed()).as(ap6.line()).isFalse();
        assertThat(report.failed()).isEqualTo(2);
    }

    @Test
    void anExistingTableWithTheSameSchemaIsReusedAndADifferentOneRefusedUnlessReplaced() {
        Model model = Fixtures.model();
        ApplyPlan first = tables.service().plan(model, renamed("Reuse"), ApplyOptions.defaults().withItems(200));
        tables.service().apply(first, SeedListener.NONE, new CancelToken(), 2);

        ApplyPlan again = tables.service().plan(model, renamed("Reuse"), ApplyOptions.defaults().withItems(200));
        assertThat(again.actions().get(0).kind()).isEqualTo(TableAction.Kind.REUSE);
        SeedResult reseed = tables.service().apply(again, SeedListener.NONE, new CancelToken(), 2);
        assertThat(reseed.before()).isEqualTo(first.items().size());
        assertThat(reseed.counted()).as("same seed, same keys: overwritten, not added").isEqualTo(first.items().size());
        assertThat(reseed.complete()).isTrue();

        Design other = Fixtures.design(Fixtures.text("shop.design.json").replace("LiveShop", "Reuse")
                .replace("\"GSI1SK\", \"type\": \"S\"", "\"GSI1SK\", \"type\": \"N\""));
        ApplyPlan refused = tables.service().plan(model, other, ApplyOptions.defaults().withItems(200));
        assertThat(refused.refused()).isTrue();
        assertThat(refused.actions().get(0).reason()).contains("already exists with a different schema").contains("--replace");
        assertThatThrownBy(() -> tables.service().apply(refused, SeedListener.NONE, new CancelToken(), 2))
                .isInstanceOf(LiveException.class).hasMessageContaining("different schema");
        assertThat(tables.service().count(first)).as("nothing changed").isEqualTo(first.items().size());

        ApplyPlan replace = tables.service().plan(model, renamed("Reuse"), ApplyOptions.defaults().withItems(100));
        assertThat(replace.actions().get(0).kind()).isEqualTo(TableAction.Kind.REUSE);
        Design changed = Fixtures.design(Fixtures.text("shop.design.json").replace("LiveShop", "Reuse")
                .replace("\"projection\": { \"type\": \"ALL\" }", "\"projection\": { \"type\": \"KEYS_ONLY\" }"));
        ApplyPlan replacing = tables.service().plan(model, changed, ApplyOptions.defaults().withItems(100).withReplace(true, null));
        assertThat(replacing.actions().get(0).kind()).isEqualTo(TableAction.Kind.REPLACE);
        SeedResult seed = tables.service().apply(replacing, SeedListener.NONE, new CancelToken(), 2);
        assertThat(seed.counted()).isEqualTo(replacing.items().size());
    }

    @Test
    void startingFromEmptyTablesDropsTheItemsTheTableHeldBefore() {
        Model model = Fixtures.model();
        Design design = renamed("Emptied");
        ApplyPlan many = tables.service().plan(model, design, ApplyOptions.defaults().withItems(600));
        tables.service().apply(many, SeedListener.NONE, new CancelToken(), 2);

        ApplyPlan kept = tables.service().plan(model, design, ApplyOptions.defaults().withItems(50));
        assertThat(kept.actions().get(0).kind()).isEqualTo(TableAction.Kind.REUSE);
        ApplyPlan emptied = tables.service().plan(model, design, ApplyOptions.defaults().withItems(50).withEmpty(true));
        assertThat(emptied.actions().get(0).kind()).isEqualTo(TableAction.Kind.REPLACE);
        assertThat(emptied.actions().get(0).reason()).isEqualTo("exists; deleted and created again, empty");
        SeedResult seed = tables.service().apply(emptied, SeedListener.NONE, new CancelToken(), 2);
        assertThat(seed.before()).isZero();
        assertThat(seed.counted()).isEqualTo(emptied.items().size()).isLessThan(many.items().size());
    }
}
