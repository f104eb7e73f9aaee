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
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A range on a free-text last name that a tiebreaker follows in the sort key ({@code
 * CUSTOMER#{lastName}#{customerId}}), or that ends it ({@code HOUSEHOLD#{lastName}}), returns exactly
 * the items in range for names holding characters below the {@code #} separator ("Smith Jr",
 * "Smith!"): the plans run literally on the local engine after the create programs wrote the items.
 */
class FilteredKeyRangeTests {

    private static final List<String> NAMES = List.of("Smith", "Smith Jr", "Smith!", "Smitha", "Smit");
    private static final String STORE = "store-of-smiths";

    @Test
    void everyRangeOnTheLastNameReturnsExactlyTheNamesInRange() {
        Model model = ModelReader.read(Path.of("src/test/resources/design/ordering/customer-names.model.json")).model();
        Design design = DesignEngine.design(model);
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(60));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            DynamoDbClient client = service.client();
            ProgramRunner programs = new ProgramRunner(client, design, model);
            assertThat(programs.run(plan(design, "AP10").program(), Map.of("storeId", STORE, "storeName", "Smiths"),
                    new ArrayList<>())).isEqualTo(ProgramRunner.Outcome.DONE);
            for (int i = 0; i < NAMES.size(); i++) {
                assertThat(programs.run(plan(design, "AP8").program(), Map.of("customerId", "c" + i, "storeId", STORE,
                        "lastName", NAMES.get(i)), new ArrayList<>())).isEqualTo(ProgramRunner.Outcome.DONE);
                assertThat(programs.run(plan(design, "AP9").program(), Map.of("storeId", STORE, "lastName", NAMES.get(i),
                        "members", i + 1), new ArrayList<>())).isEqualTo(ProgramRunner.Outcome.DONE);
            }
            // a tiebreaker follows the name: "Smith Jr#c1" sorts before "Smith#c0"
            assertThat(names(client, model, design, "AP1", "Smith")).containsExactlyInAnyOrder("Smith Jr", "Smith!", "Smitha");
            assertThat(names(client, model, design, "AP2", "Smith Jr")).containsExactlyInAnyOrder("Smit", "Smith");
            assertThat(names(client, model, design, "AP3", List.of("Smit", "Smith"))).containsExactlyInAnyOrder("Smit", "Smith");
            assertThat(names(client, model, design, "AP3", List.of("Smith", "Smith!")))
                    .containsExactlyInAnyOrder("Smith", "Smith Jr", "Smith!");
            assertThat(names(client, model, design, "AP4", "Smith Jr")).containsExactlyInAnyOrder("Smith Jr", "Smith!", "Smitha");
            assertThat(names(client, model, design, "AP5", "Smith")).containsExactlyInAnyOrder("Smit", "Smith");
            // the name ends the key: strict bounds that an inclusive key condition cannot say
            assertThat(names(client, model, design, "AP6", "Smith")).containsExactlyInAnyOrder("Smith Jr", "Smith!", "Smitha");
            assertThat(names(client, model, design, "AP7", "Smith")).containsExactlyInAnyOrder("Smit");
            assertThat(names(client, model, design, "AP7", "Smith!")).containsExactlyInAnyOrder("Smit", "Smith", "Smith Jr");
        }
    }

    @Test
    void theWidenedRangesAreExplainedAndOnlyTheirOrderIsLeftAsAWarning() {
        Model model = ModelReader.read(Path.of("src/test/resources/design/ordering/customer-names.model.json")).model();
        Design design = DesignEngine.design(model);
        for (String id : List.of("AP1", "AP2", "AP3", "AP4", "AP5", "AP6", "AP7")) {
            PatternPlan p = plan(design, id);
            assertThat(p.filterExpression()).as(id).startsWith("#lastName ");
            assertThat(p.verdict()).as(id).contains("widened so it cannot miss a match, then filtered on lastName itself");
        }
        assertThat(design.warnings()).as("no pattern orders by the name: nothing is left to warn about")
                .noneMatch(w -> w.code().equals("key-order"));
    }

    @Test
    void aRangeOrderedByTheNameKeepsAWarningAboutTheOrderOfItsResults() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("src/test/resources/design/ordering/customer-names.model.json"))
                .replace("{\"id\": \"AP8\"", "{\"id\": \"AP11\", \"name\": \"Customers of a store after a name, by name\","
                        + " \"type\": \"read\", \"entity\": \"Customer\", \"where\": [{\"attribute\": \"storeId\", \"op\": \"=\"},"
                        + " {\"attribute\": \"lastName\", \"op\": \">\"}], \"orderBy\": {\"attribute\": \"lastName\", \"direction\": \"asc\"}},\n"
                        + "    {\"id\": \"AP8\"");
        Design design = DesignEngine.design(ModelReader.parse(text).model());
        assertThat(plan(design, "AP11").filterExpression()).isEqualTo("#lastName > :lastName");
        assertThat(design.warnings()).filteredOn(w -> w.code().equals("key-order")).singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("AP11 reads exactly the Customer items of its lastName range")
                        .contains("out of order"));
    }

    /** The last names the pattern's plan returns for the range bound given, its requests run literally. */
    private static List<Object> names(DynamoDbClient client, Model model, Design design, String id, Object bound) {
        AccessPattern pattern = model.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        PlanRunner.Run run = new PlanRunner(client, design).run(plan(design, id), pattern,
                Map.of("storeId", STORE, "lastName", bound), r -> true);
        assertThat(run.problem()).as(id).isNull();
        return run.items().stream().map(r -> r.item().get("lastName")).filter(java.util.Objects::nonNull)
                .map(AttributeValues::plain).toList();
    }

    private static PatternPlan plan(Design design, String id) {
        return design.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
