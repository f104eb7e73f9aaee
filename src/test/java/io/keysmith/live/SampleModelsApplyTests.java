package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import io.keysmith.workspace.SampleModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "plans are truthful" test: every sample model's design, applied to Keysmith's local engine and
 * seeded, answers each read pattern with exactly the model's items in the model's order, and
 * each write pattern writes what it should.
 */
class SampleModelsApplyTests {

    static Stream<String> samples() {
        return SampleModels.names().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPatternOfTheEnginesDesignIsTruthful(String name) throws IOException {
        check(name, io.keysmith.model.TableStyle.SINGLE_TABLE);
    }

    /** The multi-table design: every table created and seeded, reads joining tables and writes across them too. */
    @ParameterizedTest
    @MethodSource("samples")
    void everyPatternOfTheMultiTableDesignIsTruthfulOnEveryTable(String name) throws IOException {
        check(name, io.keysmith.model.TableStyle.MULTI_TABLE);
    }

    private static void check(String name, io.keysmith.model.TableStyle style) throws IOException {
        Model model;
        try (InputStream in = SampleModels.open(name)) {
            model = ModelReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).model();
        }
        Design design = DesignEngine.design(model, style);
        if (io.keysmith.model.TableStyle.MULTI_TABLE.equals(style)) {
            assertThat(design.tables().size()).as(name + ": a table per entity").isGreaterThan(
                    model.entities().size() > 1 ? 1 : 0);
        }
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(1_500));
            SeedResult seed = service.apply(plan, SeedListener.NONE, new CancelToken(), 8);
            assertThat(plan.actions()).as("every table of the design is created").hasSize(design.tables().size());
            assertThat(seed.counted()).isEqualTo(plan.items().size()).isEqualTo(seed.written());
            assertThat(plan.collisions()).as("generated items with the same primary key").isZero();
            VerifyReport report = service.verify(plan);
            assertThat(report.results()).hasSize(model.accessPatterns().size());
            List<PatternResult> failures = report.results().stream().filter(r -> !r.passed()).toList();
            assertThat(failures).as(name + ": " + failures.stream().map(PatternResult::line).toList()).isEmpty();
            assertThat(report.results()).as(name + ": every pattern is really checked")
                    .noneMatch(r -> r.detail() != null && r.detail().contains("not checked"));
        }
    }
}
