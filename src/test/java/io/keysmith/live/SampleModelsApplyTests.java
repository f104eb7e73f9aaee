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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "plans are truthful" test: every sample model's design, applied to DynamoDB Local and
 * seeded, answers each read pattern with exactly the model's items in the model's order, and
 * each write pattern writes what it should.
 */
class SampleModelsApplyTests {

    /**
     * Engine plans known to disagree with the model, with what goes wrong. They are printed, not
     * asserted, until the engine fixes them; every other pattern must pass.
     */
    static final Map<String, String> KNOWN_GAPS = Map.of(
            "direct-messaging.json AP5", "the whole-partition Query also returns Message items",
            "iot-readings.json AP6", "the whole-partition Query also returns Reading items",
            "iot-readings.json AP10", "the whole-partition Query also returns Sensor items",
            "online-shop.json AP2", "the whole-partition Query also returns Order items",
            "online-shop.json AP4", "the limited descending Query never reaches the Customer item",
            "twitter-feed.json AP7", "the whole-partition Query also returns Tweet items",
            "twitter-feed.json AP11", "the BatchGetItem key needs Tweet attributes a Like item lacks");

    static Stream<String> samples() {
        return SampleModels.names().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyPatternOfTheEnginesDesignIsTruthful(String name) throws IOException {
        Model model;
        try (InputStream in = SampleModels.open(name)) {
            model = ModelReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).model();
        }
        Design design = DesignEngine.design(model);
        try (ApplyService service = ApplyService.open(new Target.Embedded(null))) {
            ApplyPlan plan = service.plan(model, design, ApplyOptions.defaults().withItems(1_500));
            SeedResult seed = service.apply(plan, SeedListener.NONE, new CancelToken(), 8);
            assertThat(seed.counted()).isEqualTo(plan.items().size()).isEqualTo(seed.written());
            assertThat(plan.collisions()).as("generated items with the same primary key").isZero();
            VerifyReport report = service.verify(plan);
            assertThat(report.results()).hasSize(model.accessPatterns().size());
            List<PatternResult> failures = report.results().stream().filter(r -> !r.passed())
                    .filter(r -> !KNOWN_GAPS.containsKey(name + " " + r.id())).toList();
            report.results().stream().filter(r -> KNOWN_GAPS.containsKey(name + " " + r.id()))
                    .forEach(r -> System.out.println("known gap " + name + ": " + r.line()));
            assertThat(failures).as(name + ": " + failures.stream().map(PatternResult::line).toList()).isEmpty();
        }
    }
}
