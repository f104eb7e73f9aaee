package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.PatternPlan;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Range conditions on a composite sort key return exactly the items whose value is in range, in
 * DynamoDB's order, for values that sort below the {@code #} separator ("Smith" and "Smith Jr")
 * and decimal numbers: the local engine runs every plan and compares with the model's answer.
 */
class SortKeyRangeTests {

    private static final String CLUBS = """
            {"format": "keysmith-model/1", "name": "Clubs",
             "entities": [
               {"name": "Club", "count": 3, "attributes": [{"name": "clubId", "type": "string", "identifier": true}]},
               {"name": "Member", "count": 9, "attributes": [
                 {"name": "clubId", "type": "string", "identifier": true},
                 {"name": "name", "type": "string", "identifier": true, "values": ["Adams", "Smith", "Smith Jr"]},
                 {"name": "score", "type": "number", "values": [2, 2.5, 10]}]}],
             "relationships": [{"from": "Club", "to": "Member", "cardinality": "one-to-many"}],
             "accessPatterns": [
               {"id": "AP1", "name": "Members of a club up to a name", "type": "read", "entity": "Member",
                "where": [{"attribute": "clubId", "op": "="}, {"attribute": "name", "op": "<="}],
                "orderBy": {"attribute": "name", "direction": "desc"}},
               {"id": "AP2", "name": "Members of a club from a name on", "type": "read", "entity": "Member",
                "where": [{"attribute": "clubId", "op": "="}, {"attribute": "name", "op": ">="}],
                "orderBy": {"attribute": "name", "direction": "asc"}},
               {"id": "AP3", "name": "Members of a club with names in a range", "type": "read", "entity": "Member",
                "where": [{"attribute": "clubId", "op": "="}, {"attribute": "name", "op": "between"}]},
               {"id": "AP4", "name": "Members of a club by score", "type": "read", "entity": "Member",
                "where": [{"attribute": "clubId", "op": "="}, {"attribute": "score", "op": "between"}],
                "orderBy": {"attribute": "score", "direction": "asc"}},
               {"id": "AP5", "name": "Members of a club up to a score", "type": "read", "entity": "Member",
                "where": [{"attribute": "clubId", "op": "="}, {"attribute": "score", "op": "<="}]},
               {"id": "AP6", "name": "Join a club", "type": "create", "entity": "Member"}]}
            """;

    @Test
    void aRangeUpToAValueThatEndsTheSortKeyStopsAtTheValueItself() {
        Model model = ModelReader.parse(CLUBS).model();
        List<?> bounds = (List<?>) plan(DesignEngine.design(model), "AP1").keyCondition().get("SK").value();
        // "MEMBER#Smith#~" also took "MEMBER#Smith Jr", which sorts below it though "Smith Jr" > "Smith"
        assertThat(bounds).isEqualTo(List.of("MEMBER#", "MEMBER#{name}"));
    }

    @Test
    void everyRangeOnACompositeSortKeyReturnsTheModelsAnswerFromTheLocalEngine() {
        Model model = ModelReader.parse(CLUBS).model();
        Design design = DesignEngine.design(model);
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(12));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            assertThat(plan.data().of("Member")).extracting(i -> i.get("name")).contains("Smith", "Smith Jr");
            VerifyReport report = service.verify(plan);
            List<PatternResult> failures = report.results().stream().filter(r -> !r.passed()).toList();
            assertThat(failures).as(failures.stream().map(PatternResult::line).toList().toString()).isEmpty();
            assertThat(report.results()).noneMatch(r -> r.detail() != null && r.detail().contains("not checked"));
        }
    }

    @Test
    void rangesOverSignedDecimalsInACompositeSortKeyReturnTheModelsAnswerFromTheLocalEngine() throws Exception {
        Model model = ModelReader.parse(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/design/ordering/signed-readings.model.json"))).model();
        Design design = DesignEngine.design(model);
        assertThat(design.warnings()).noneMatch(w -> w.code().equals("key-order"));
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(60));
            service.apply(plan, SeedListener.NONE, new CancelToken(), 2);
            assertThat(plan.data().of("Reading")).extracting(i -> ((Number) i.get("celsius")).doubleValue())
                    .contains(-12.5, -2.5, 2.5);
            VerifyReport report = service.verify(plan);
            List<PatternResult> failures = report.results().stream().filter(r -> !r.passed()).toList();
            assertThat(failures).as(failures.stream().map(PatternResult::line).toList().toString()).isEmpty();
            assertThat(report.results()).extracting(PatternResult::id).contains("AP1", "AP2", "AP3", "AP4");
        }
    }

    private static PatternPlan plan(Design design, String id) {
        return design.accessPatterns().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
