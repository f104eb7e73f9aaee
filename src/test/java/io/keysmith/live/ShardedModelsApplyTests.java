package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Write-sharded designs on the local engine: the seed spreads items over the shards, reads that
 * say {@code "shards"} query every shard and merge the results in the pattern's order, and the
 * write programs pick a shard for every item they write; every pattern answers as the model says.
 */
class ShardedModelsApplyTests {

    @ParameterizedTest
    @ValueSource(strings = {"leaderboard", "daily-events", "status-log"})
    void everyPatternOfAShardedDesignIsTruthful(String name) throws IOException {
        Model model = ModelReader.parse(Files.readString(Path.of("src/test/resources/design/sharding/" + name + ".model.json")))
                .model();
        Design design = DesignEngine.design(model);
        assertThat(design.accessPatterns()).as("a read scatter-gathers over write shards")
                .anyMatch(p -> p.shards() != null && p.shards() > 1);
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(1_500));
            SeedResult seed = service.apply(plan, SeedListener.NONE, new CancelToken(), 8);
            assertThat(seed.counted()).isEqualTo(plan.items().size()).isEqualTo(seed.written());
            VerifyReport report = service.verify(plan);
            assertThat(report.results()).hasSize(model.accessPatterns().size());
            List<PatternResult> failures = report.results().stream().filter(r -> !r.passed()).toList();
            assertThat(failures).as(name + ": " + failures.stream().map(PatternResult::line).toList()).isEmpty();
        }
    }
}
