package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Members listed by a free-text full name come back in the order of the names themselves, also
 * for names holding a character below the {@code #} separator ("Smith Jr", "Smith!"): the index
 * sort key ends in the name, with no tiebreaker after it. The plans and the create and rename
 * programs run literally on the local engine.
 */
class FreeTextOrderTests {

    private static final List<String> NAMES = List.of("Smitha", "Smith Jr", "Smith", "Smith!", "Smit");
    private static final String CLUB = "club-of-smiths";

    private Model model;
    private Design design;

    @BeforeEach
    void design() {
        model = ModelReader.read(Path.of("src/test/resources/design/ordering/member-names.model.json")).model();
        design = DesignEngine.design(model);
    }

    @Test
    void membersComeBackInTheOrderOfTheirNamesAndARenameMovesThem() {
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(40));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            DynamoDbClient client = service.client();
            ProgramRunner programs = new ProgramRunner(client, design, model);
            assertThat(programs.run(plan("AP7").program(), Map.of("clubId", CLUB, "clubName", "Smiths"), new ArrayList<>()))
                    .isEqualTo(ProgramRunner.Outcome.DONE);
            for (int i = 0; i < NAMES.size(); i++) {
                assertThat(programs.run(plan("AP5").program(), Map.of("memberId", "m" + i, "clubId", CLUB,
                        "fullName", NAMES.get(i)), new ArrayList<>())).isEqualTo(ProgramRunner.Outcome.DONE);
            }

            // byte order of the names: ' ' (0x20) and '!' (0x21) sort below 'a'; "Smith" before every longer name
            assertThat(names(client, "AP2", Map.of())).containsExactly("Smit", "Smith", "Smith Jr", "Smith!", "Smitha");
            assertThat(names(client, "AP3", Map.of())).containsExactly("Smitha", "Smith!", "Smith Jr", "Smith", "Smit");
            assertThat(names(client, "AP4", Map.of("fullName", "Smith"))).containsExactly("Smith", "Smith Jr", "Smith!", "Smitha");

            assertThat(programs.run(plan("AP6").program(), Map.of("memberId", "m4", "fullName", "Smith Ja"), new ArrayList<>()))
                    .isEqualTo(ProgramRunner.Outcome.DONE);
            assertThat(names(client, "AP2", Map.of())).containsExactly("Smith", "Smith Ja", "Smith Jr", "Smith!", "Smitha");
        }
    }

    @Test
    void theIndexSortKeyEndsInTheNameAndNothingIsLeftToWarnAbout() {
        assertThat(design.tables().get(0).items()).filteredOn(i -> i.entity().equals("Member") && "item".equals(i.kind()))
                .singleElement().satisfies(i -> assertThat(i.keys()).containsEntry("GSI1SK", "MEMBER#{fullName}")
                        .containsEntry("PK", "MEMBER#{memberId}"));
        assertThat(design.warnings()).noneMatch(w -> w.code().equals("key-order"));
    }

    /** The full names the pattern's plan returns, in the order its requests return them. */
    private List<Object> names(DynamoDbClient client, String id, Map<String, Object> more) {
        AccessPattern pattern = model.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        Map<String, Object> params = new java.util.HashMap<>(more);
        params.put("clubId", CLUB);
        PlanRunner.Run run = new PlanRunner(client, design).run(plan(id), pattern, params, r -> true);
        assertThat(run.problem()).as(id).isNull();
        return run.items().stream().map(r -> r.item().get("fullName")).filter(java.util.Objects::nonNull)
                .map(AttributeValues::plain).toList();
    }

    private PatternPlan plan(String id) {
        return design.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
