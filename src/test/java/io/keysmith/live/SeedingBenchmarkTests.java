package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.keysmith.design.DesignEngine;
import io.keysmith.local.LocalEngine;
import io.keysmith.local.server.LocalServer;
import io.keysmith.model.Model;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedingBenchmarkTests {

    @Test
    void aRoundComparesTheParallelWriterWithTheBaselineAndWithTheOtherEndpoint() {
        SeedingBenchmark.Round round = new SeedingBenchmark.Round(new CpuMeter.Run(3000, 1.1),
                new CpuMeter.Run(5400, 1.7), new CpuMeter.Run(900, 1.2));

        assertThat(round.ratio()).isCloseTo(1.8, within(1e-9));
        assertThat(round.againstOther()).isCloseTo(6.0, within(1e-9));
        // 1.1 cores busy for 3,000 items a second: 367 microseconds of CPU an item.
        assertThat(round.baseline().cpuMicrosPerItem()).isCloseTo(366.67, within(0.01));
        assertThat(new SeedingBenchmark.Round(round.baseline(), round.parallel(), null).againstOther()).isNaN();
    }

    @Test
    void aRealRunMeasuresBothWritersAndTheCoresTheyKeptBusy() {
        Model model = Fixtures.model();
        SeedingBenchmark.Result r = SeedingBenchmark.measure(model, DesignEngine.design(model), 150, 2, null, 1, null);

        SeedingBenchmark.Round round = r.rounds().getFirst();
        for (CpuMeter.Run run : new CpuMeter.Run[] {round.baseline(), round.parallel()}) {
            assertThat(run.itemsPerSecond()).isPositive();
            // Some containers report process CPU time in coarse ticks (10 ms), so a run this short may
            // read 0 or more cores than the machine has (CI read 3.43 on 2 cores): only the sign is sure.
            assertThat(run.coresBusy()).isNotNaN().isFinite().isGreaterThanOrEqualTo(0.0);
        }
        assertThat(round.other()).isNull();
    }

    @Test
    void theCliPrintsEachRoundAndTheRatioAgainstAnotherEndpoint() throws Exception {
        Model model = Fixtures.model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LocalEngine engine = LocalEngine.inMemory();
                LocalServer other = LocalServer.start(engine, InetAddress.getLoopbackAddress(), 0)) {
            int status = SeedingBenchmark.run(model, DesignEngine.design(model), 100, 2, other.endpoint(),
                    new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(status).isZero();
        }

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).containsPattern("round 5: one writer \\d+ items/s \\(\\d+\\.\\d\\d cores busy, \\d+ us CPU an item\\),"
                + " 2 writers \\d+ items/s .*: \\d+\\.\\d\\dx; http://127\\.0\\.0\\.1:\\d+ \\d+ items/s .*\\(keysmith \\d+\\.\\d\\dx\\)")
                .containsPattern("median over 5 rounds: 2 writers \\d+\\.\\d\\dx one writer; keysmith \\d+\\.\\d\\dx http://127");
    }
}
