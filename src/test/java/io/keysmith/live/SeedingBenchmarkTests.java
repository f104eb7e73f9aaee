package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedingBenchmarkTests {

    private static SeedingBenchmark.Round round(double baselineCores, double storageBusy) {
        return new SeedingBenchmark.Round(new CpuMeter.Run(3000, baselineCores, storageBusy), new CpuMeter.Run(5400, 1.7, 0.7));
    }

    @Test
    void theCeilingIsTheBaselineTimeOverTheStorageThreadsShareOfIt() {
        // The storage thread worked 40% of the baseline's time: no writer can finish in less, 2.5x at most.
        assertThat(round(1.1, 0.4).ceiling()).isCloseTo(2.5, within(1e-9));
        assertThat(round(1.1, 0.4).ratio()).isCloseTo(1.8, within(1e-9));
        // 1.1 cores busy for 3,000 items a second: 367 microseconds of CPU an item.
        assertThat(round(1.1, 0.4).baseline().cpuMicrosPerItem()).isCloseTo(366.67, within(0.01));
    }

    @Test
    void aStorageThreadTheJvmCannotMeasureLeavesNoCeiling() {
        assertThat(round(1.1, Double.NaN).ceiling()).isNaN();
    }

    @Test
    void aRealRunMeasuresTheProcessAndTheEnginesStorageThreadIfItHasOne() {
        Model model = Fixtures.model();
        SeedingBenchmark.Result r = SeedingBenchmark.measure(model, DesignEngine.design(model), 150, 2, 1, null);

        SeedingBenchmark.Round round = r.rounds().getFirst();
        int cores = Runtime.getRuntime().availableProcessors();
        for (CpuMeter.Run run : new CpuMeter.Run[] {round.baseline(), round.parallel()}) {
            assertThat(run.itemsPerSecond()).isPositive();
            assertThat(run.coresBusy()).isBetween(0.05, cores + 0.5);
            // NaN when the engine has no thread named CpuMeter.STORAGE_THREAD: then there is no bound.
            if (!Double.isNaN(run.storageBusy())) {
                assertThat(run.storageBusy()).isBetween(0.01, 1.05);
            }
        }
        if (!Double.isNaN(round.ceiling())) {
            assertThat(r.medianCeiling()).isEqualTo(round.ceiling()).isGreaterThan(1.0);
        }
    }

    @Test
    void theCliPrintsEachRoundAndTheCeilingBesideTheRatio() {
        Model model = Fixtures.model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = SeedingBenchmark.run(model, DesignEngine.design(model), 100, 2,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        // Storage figures are NaN when the engine has no storage thread to measure.
        assertThat(out).containsPattern("round 5: baseline \\d+ items/s \\(\\d+\\.\\d\\d cores busy, \\d+ us CPU an item,"
                + " storage thread busy (\\d+|NaN)%\\), parallel \\d+ items/s")
                .containsPattern("median ratio over 5 rounds: \\d+\\.\\d\\dx")
                .containsPattern("ceiling: (\\d+\\.\\d\\d|NaN)x. The engine's storage thread was"
                        + " busy (\\d+|NaN)% of the baseline's time and (\\d+|NaN)% of the parallel writer's")
                .doesNotContain("DynamoDB Local");
    }
}
