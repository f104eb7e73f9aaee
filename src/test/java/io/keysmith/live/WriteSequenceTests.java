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
 * The write sequence runs the programs literally against the local engine over HTTP: correct
 * programs pass, and each classic bug of a write plan fails the pattern that has it.
 */
class WriteSequenceTests {

    @RegisterExtension
    static final LocalTables tables = new LocalTables();

    private static final Model MODEL = UsersPrograms.model();

    private static VerifyReport verify(UnaryOperator<List<ProgramRequest>> edit) {
        Design design = UsersPrograms.design(MODEL, DesignEngine.design(MODEL), edit);
        ApplyPlan plan = tables.service().plan(MODEL, design, ApplyOptions.defaults().withItems(300));
        tables.service().apply(plan, SeedListener.NONE, new CancelToken(), 2);
        return tables.service().verify(plan);
    }

    private static Map<String, PatternResult> byId(VerifyReport report) {
        return report.results().stream().collect(Collectors.toMap(PatternResult::id, Function.identity()));
    }

    @Test
    void correctProgramsPassEveryPatternAfterTwoHundredWrites() {
        VerifyReport report = verify(UnaryOperator.identity());

        assertThat(report.results()).allSatisfy(r -> assertThat(r.passed()).as(r.line()).isTrue());
        assertThat(report.notes()).singleElement().asString().contains("seed " + WriteSequence.SEED).containsPattern("\\b2\\d\\d steps");
    }
}
