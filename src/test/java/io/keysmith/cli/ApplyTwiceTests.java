package io.keysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apply --data DIR --verify} twice: the second run meets the table the first left and gives the same verdicts. */
class ApplyTwiceTests {

    @TempDir
    Path data;

    @Test
    void applyingTwiceToADataFolderGivesTheSameResult() {
        Run first = apply();
        Run second = apply();

        assertThat(first.status()).as(first.out()).isZero();
        assertThat(second.status()).as(second.out()).isZero();
        assertThat(first.out()).contains("Table OnlineShop: create").contains("the table holds 345 items\n");
        assertThat(second.out()).contains("Table OnlineShop: reuse")
                .contains("the table holds 345 items (345 were there before)");
        assertThat(second.verdicts()).isEqualTo(first.verdicts()).last().isEqualTo("21 passed, 0 failed");
    }

    private Run apply() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"apply", "sample-models/online-shop.json", "--data", data.toString(), "--items", "200",
                "--verify"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return new Run(status, out.toString(StandardCharsets.UTF_8));
    }

    private record Run(int status, String out) {

        /** Each pattern's verdict and item count, and the closing line, without the timings. */
        List<String> verdicts() {
            return out.lines().filter(l -> l.matches("\\s+(PASS|FAIL) .*") || l.matches("\\d+ passed, \\d+ failed"))
                    .map(l -> l.replaceAll("latency=\\S+", "").replaceAll("capacity=\\S+", "")).toList();
        }
    }
}
