package io.keysmith.web;

import com.microsoft.playwright.Locator;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints the time from the last keystroke in a field to the updated design on screen, in Chromium on
 * a wide window (design beside the editor), for the largest sample model against the smallest in the
 * same run: the ratio is what the model's size adds to the round trip. Measured in the page (keydown
 * to the frame after the design's new version arrives). A benchmark, not a test: it asserts no time.
 * Run it with {@code mvn test -Dtest=TypingLatencyBenchmark}; surefire's default includes skip it.
 */
class TypingLatencyBenchmark extends BrowserTest {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 15;

    private static final String WATCH = """
            () => {
              window.__ks = {last: 0, shown: []};
              document.addEventListener('keydown', () => window.__ks.last = performance.now(), true);
              new MutationObserver(() => requestAnimationFrame(() => window.__ks.shown.push(performance.now())))
                  .observe(document.querySelector('#design'), {attributes: true, attributeFilter: ['data-version']});
            }""";

    @Autowired
    Workspace workspace;

    @Test
    void printsTheTimeFromTheLastKeystrokeToTheUpdatedDesign() throws IOException {
        context.setDefaultTimeout(60_000);
        page.setViewportSize(1920, 1080);
        Path[] samples = samplesBySize();
        Path smallest = samples[0];
        Path largest = samples[samples.length - 1];
        double[] small = measure(smallest);
        double[] large = measure(largest);
        System.out.printf(Locale.ROOT, "%nTyping latency benchmark: last keystroke to updated design on screen, %d rounds after %d warm-up,"
                + " value sent after a %d ms pause in typing%n", ROUNDS, WARM_UP, LiveTyping.PAUSE_MILLIS);
        System.out.printf(Locale.ROOT, "%-46s %10s %10s %8s%n", "model", "median ms", "p95 ms", "ratio");
        print("baseline: smallest sample " + smallest.getFileName(), small, small);
        print("largest sample " + largest.getFileName(), large, small);
        System.out.println("ratio = median / median of the baseline; goal: under 300 ms on the largest sample");
    }

    private double[] measure(Path sample) throws IOException {
        String id = workspace.importModel("typing-" + sample.getFileName(), Files.readString(sample));
        try {
            ModelPage model = ModelPage.open(page, baseUrl(), id);
            page.locator("#design[data-state=ready]").waitFor();
            model.openTab("Access patterns");
            page.evaluate(WATCH);
            Locator input = model.field("accessPatterns[0].rate").locator("input");
            double[] millis = new double[ROUNDS];
            for (int i = 0; i < WARM_UP + ROUNDS; i++) {
                input.selectText();
                input.pressSequentially(String.valueOf(1_000 + 37 * i), new Locator.PressSequentiallyOptions().setDelay(30));
                page.waitForFunction("() => window.__ks.shown.some(t => t > window.__ks.last)");
                double latency = ((Number) page.evaluate("() => window.__ks.shown.find(t => t > window.__ks.last) - window.__ks.last"))
                        .doubleValue();
                model.settle();
                if (i >= WARM_UP) {
                    millis[i - WARM_UP] = latency;
                }
            }
            Arrays.sort(millis);
            return millis;
        } finally {
            workspace.delete(id);
        }
    }

    private static Path[] samplesBySize() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted(Comparator.comparingLong(p -> p.toFile().length()))
                    .toArray(Path[]::new);
        }
    }

    private static void print(String what, double[] sorted, double[] baseline) {
        System.out.printf(Locale.ROOT, "%-46s %10.1f %10.1f %8.2f%n", what, sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.95)], sorted[sorted.length / 2] / baseline[baseline.length / 2]);
    }
}
