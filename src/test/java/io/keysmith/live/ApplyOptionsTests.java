package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ApplyOptionsTests {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void everyTargetGetsFourWritersPerCoreAndAwsAtLeastEight() {
        ApplyOptions options = ApplyOptions.defaults();

        assertThat(options.threadsFor(new Target.Embedded(null))).isEqualTo(Math.max(4, 4 * CORES));
        assertThat(options.threadsFor(new Target.Endpoint(URI.create("http://localhost:8000"), "us-east-1")))
                .isEqualTo(Math.max(4, 4 * CORES));
        assertThat(options.threadsFor(new Target.Aws(null, "eu-west-1"))).isEqualTo(Math.max(8, 4 * CORES));
    }

    @Test
    void threadsGivenByTheUserWinForEveryTarget() {
        ApplyOptions options = ApplyOptions.defaults().withThreads(3);

        assertThat(options.threadsFor(new Target.Embedded(null))).isEqualTo(3);
        assertThat(options.threadsFor(new Target.Aws(null, "eu-west-1"))).isEqualTo(3);
    }
}
