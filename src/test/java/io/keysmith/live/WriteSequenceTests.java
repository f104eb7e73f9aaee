package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.design.program.ProgramRequest;
import io.keysmith.model.Model;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The write sequence runs the programs literally against the local engine over HTTP: the engine's
 * programs for the users service pass, and each classic bug of a write plan, put into them by
 * editing the design, fails the pattern that has it (and only that one).
 */
class WriteSequenceTests {

    @RegisterExtension
    static final LocalTables tables = new LocalTables();

    private static final Model MODEL = UsersPrograms.model();

    private static VerifyReport verify(UnaryOperator<List<ProgramRequest>> edit) {
        return verify(UsersPrograms.design(MODEL, DesignEngine.design(MODEL), edit));
    }

    private static VerifyReport verify(Design design) {
        ApplyPlan plan = tables.service().plan(MODEL, design, ApplyOptions.defaults().withItems(300));
        tables.service().apply(plan, SeedListener.NONE, new CancelToken(), 2);
        return tables.service().verify(plan);
    }

    private static Map<String, PatternResult> byId(VerifyReport report) {
        return report.results().stream().collect(Collectors.toMap(PatternResult::id, Function.identity()));
    }

    private static final Design ENGINE = DesignEngine.design(MODEL);

    @Test
    void theEnginesProgramsPassEveryPatternAfterTwoHundredWrites() {
        VerifyReport report = verify(ENGINE);

        assertThat(report.results()).allSatisfy(r -> assertThat(r.passed()).as(r.line()).isTrue());
        assertThat(report.notes()).singleElement().asString().contains("seed " + WriteSequence.SEED).containsPattern("\\b2\\d\\d steps");
        assertThat(byId(report).get("AP9").detail()).contains("update to a unique value another instance holds (refused)");
    }

    @Test
    void programsBuiltByHandAsTheReadmeDescribesThemPass() {
        VerifyReport report = verify(UnaryOperator.identity());

        assertThat(report.results()).allSatisfy(r -> assertThat(r.passed()).as(r.line()).isTrue());
    }

    @Test
    void anUpdateThatSetsAnAttributeButNotTheIndexKeyBuiltFromItFails() {
        // AP8 sets updatedAt; GSI1SK is USER#{updatedAt}#{userId} for suspended users, and this program leaves it as it was.
        Design design = ProgramEdits.onPattern(ENGINE, "AP8", ProgramEdits.withoutAction("GSI1SK"));

        PatternResult ap8 = byId(verify(design)).get("AP8");

        assertThat(ap8.failed()).as(ap8.line()).isTrue();
        assertThat(ap8.detail()).contains("seed " + WriteSequence.SEED).contains("GSI1SK").contains("AP8 update");
    }

    @Test
    void aSparseKeyLeftOnAnItemThatLeavesTheIndexFails() {
        // AP12 sets status without touching GSI1PK/GSI1SK: a reactivated user stays in the SUSPENDED index.
        Design design = ProgramEdits.onPattern(ENGINE, "AP12", ProgramEdits.withoutAction("GSI1PK"));
        design = ProgramEdits.onPattern(design, "AP12", ProgramEdits.withoutAction("GSI1SK"));

        Map<String, PatternResult> results = byId(verify(design));

        assertThat(results.get("AP12").failed()).as(results.get("AP12").line()).isTrue();
        assertThat(results.get("AP12").detail()).contains("AP12 update").contains("GSI1");
        assertThat(results.get("AP8").passed()).as(results.get("AP8").line()).isTrue();
    }

    @Test
    void aMarkerLeftBehindByAChangedEmailFails() {
        // AP9 puts the new email's marker but never deletes the old one: the old email still finds the user.
        Design design = ProgramEdits.onPattern(ENGINE, "AP9", ProgramEdits.withoutPart(io.keysmith.design.program.Operation.DELETE_ITEM));

        PatternResult ap9 = byId(verify(design)).get("AP9");

        assertThat(ap9.failed()).as(ap9.line()).isTrue();
        assertThat(ap9.detail()).contains("AP9 update").contains("the table holds an item the model's instances do not have")
                .contains("USER#EMAIL#");
    }

    @Test
    void aMarkerADeleteLeavesBehindFailsThoughNoReadReturnsIt() {
        // AP13 deletes the user and its username marker but not its email marker: reads by email find no user either way.
        Design design = ProgramEdits.onPattern(ENGINE, "AP13", ProgramEdits.withoutPartKeyed("USER#EMAIL#"));

        PatternResult ap13 = byId(verify(design)).get("AP13");

        assertThat(ap13.failed()).as(ap13.line()).isTrue();
        assertThat(ap13.detail()).contains("AP13 delete").contains("the table holds an item the model's instances do not have")
                .contains("USER#EMAIL#");
    }

    @Test
    void aSecondVerifyOnTheSameTableGivesTheSameResultAndLeavesTheTableAsSeeded() {
        Design design = ProgramEdits.onPattern(ENGINE, "AP9", ProgramEdits.withoutPart(io.keysmith.design.program.Operation.DELETE_ITEM));
        ApplyPlan plan = tables.service().plan(MODEL, design, ApplyOptions.defaults().withItems(300));
        tables.service().apply(plan, SeedListener.NONE, new CancelToken(), 2);
        long seeded = tables.service().count(plan);

        VerifyReport first = tables.service().verify(plan);
        VerifyReport second = tables.service().verify(plan);

        assertThat(verdicts(second)).isEqualTo(verdicts(first));
        assertThat(second.notes()).isEqualTo(first.notes());
        assertThat(first.failed()).isEqualTo(1);
        assertThat(tables.service().count(plan)).isEqualTo(seeded);
        assertThat(tables.service().client().listTables().tableNames()).noneMatch(n -> n.endsWith(ScratchTables.SUFFIX));
    }

    @Test
    void theOrderOfThePatternsDoesNotChangeWhichPatternFails() {
        Design design = ProgramEdits.onPattern(ENGINE, "AP9", ProgramEdits.withoutPart(io.keysmith.design.program.Operation.DELETE_ITEM));
        List<io.keysmith.model.AccessPattern> reversed = new java.util.ArrayList<>(MODEL.accessPatterns());
        java.util.Collections.reverse(reversed);
        Model model = new Model(MODEL.format(), MODEL.name(), MODEL.description(), MODEL.settings(), MODEL.entities(),
                MODEL.relationships(), reversed);
        ApplyPlan plan = tables.service().plan(model, design, ApplyOptions.defaults().withItems(300));
        tables.service().apply(plan, SeedListener.NONE, new CancelToken(), 2);

        VerifyReport report = tables.service().verify(plan);

        assertThat(report.results()).filteredOn(PatternResult::failed).extracting(PatternResult::id).containsExactly("AP9");
    }

    private static List<String> verdicts(VerifyReport report) {
        return report.results().stream().map(r -> r.verdict() + " " + r.id() + " " + r.items() + " " + r.detail()).toList();
    }
}
