package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.model.TableStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An update that sets an attribute which is itself an index key (a natural key of the multi-table
 * style) runs: one SET of the attribute, not a second "rewrite" of the key DynamoDB refuses as
 * overlapping paths, and the item moves to its new owner in the index.
 */
class NaturalKeyUpdateTests {

    @Test
    void transferringAnAssetMovesItToTheNewOwnersListing() {
        Model model = ModelReader.read(Path.of("src/test/resources/design/multitable/asset-owners.model.json")).model();
        Design design = DesignEngine.design(model, TableStyle.MULTI_TABLE);
        assertThat(design.tables().get(0).globalSecondaryIndexes()).singleElement()
                .satisfies(i -> assertThat(i.partitionKey().name()).isEqualTo("owner"));
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(50));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            ProgramRunner programs = new ProgramRunner(service.client(), design, model);
            assertThat(programs.run(plan(design, "AP3").program(), Map.of("assetId", "a-1", "owner", "alice", "label", "laptop"),
                    new ArrayList<>())).isEqualTo(ProgramRunner.Outcome.DONE);

            List<String> problems = new ArrayList<>();
            assertThat(programs.run(plan(design, "AP4").program(), Map.of("assetId", "a-1", "owner", "bob"), problems))
                    .as(problems.toString()).isEqualTo(ProgramRunner.Outcome.DONE);

            assertThat(assets(service, model, design, "alice")).isEmpty();
            assertThat(assets(service, model, design, "bob")).containsExactly("a-1");
            assertThat(service.verify(plan).results()).allSatisfy(r -> assertThat(r.passed()).as(r.line()).isTrue());
        }
    }

    private static List<Object> assets(ApplyService service, Model model, Design design, String owner) {
        PlanRunner.Run run = new PlanRunner(service.client(), design).run(plan(design, "AP2"),
                model.accessPatterns().get(1), Map.of("owner", owner), r -> true);
        assertThat(run.problem()).isNull();
        return run.items().stream().map(r -> AttributeValues.plain(r.item().get("assetId"))).toList();
    }

    private static PatternPlan plan(Design design, String id) {
        return design.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
