package io.keysmith.live.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The engine benchmark on a small data set: it loads, counts, measures and prints every figure. */
class EngineBenchmarkTests {

    @Test
    void syntheticItemsAreAboutThreeHundredBytesAndAlwaysTheSame() {
        SyntheticItems items = new SyntheticItems(10);
        long bytes = 0;
        for (int i = 0; i < 1000; i++) {
            bytes += items.item(i).entrySet().stream()
                    .mapToLong(e -> e.getKey().length() + String.valueOf(e.getValue().s() != null ? e.getValue().s() : e.getValue().n()).length())
                    .sum();
        }
        assertThat(bytes / 1000).isBetween(250L, 350L);
        assertThat(items.item(7)).isEqualTo(items.item(7));
        assertThat(items.item(3).get("PK").s()).isEqualTo(SyntheticItems.HOT_PARTITION);
        assertThat(items.item(30).get("PK").s()).isNotEqualTo(SyntheticItems.HOT_PARTITION);
    }

    @Test
    void aSmallRunPrintsRatiosHeapAndQueryLatency() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"bench", "--engine", "--items", "500", "--threads", "2", "--rounds", "1",
                "--memory-items", "3000", "--hot-items", "1000", "--queries", "500"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).containsPattern("round 1: keysmith 1 writer \\d+ items/s, 2 writers \\d+ items/s \\(\\d+\\.\\d\\dx\\)")
                .containsPattern("median over 1 rounds: 2 writers \\d+\\.\\d\\dx one writer")
                .containsPattern("memory: 3000 items loaded at \\d+ items/s, held in -?\\d+ MB of heap")
                .containsPattern("query: 500 pages of 100 items at random places of a 1000-item partition: p50 \\d+\\.\\d\\d ms,"
                        + " p99 \\d+\\.\\d\\d ms")
                .containsPattern("baseline in the same run: GetItem of one item p50 \\d+\\.\\d\\d ms, p99 \\d+\\.\\d\\d ms"
                        + " \\(the floor that client, HTTP and load set\\); query p99 \\d+\\.\\d\\dx GetItem p99")
                .containsPattern("work a request takes, client and engine together: a page \\d+ us CPU, \\d+ KB allocated;"
                        + " a GetItem \\d+ us CPU, \\d+ KB allocated");
    }

    @Test
    void anUnreachableEndpointToCompareWithIsOneClearMessage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"bench", "--engine", "--items", "100", "--rounds", "1", "--memory-items", "0",
                "--against", "http://127.0.0.1:9"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("keysmith bench: cannot benchmark http://127.0.0.1:9:")
                .doesNotContain("Exception\n\tat ");
    }

    @Test
    void aBadOptionIsRefusedWithItsName() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"bench", "--engine", "--items", "ten"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--items needs a whole number of at least 25, got ten");
    }
}
