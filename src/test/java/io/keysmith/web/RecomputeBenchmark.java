package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import io.keysmith.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints how long the web app takes from an edit to a new design on the largest sample model:
 * the edit itself (JSON tree, parse, validate, save) and the Design tab's computation, against a
 * JSON round trip of the same model in the same run. A benchmark, not a test: it asserts no time.
 * Run it with {@code mvn -B test -Dtest=RecomputeBenchmark}; surefire's default includes skip it.
 */
class RecomputeBenchmark {

    private static final int WARM_UP = 100;
    private static final int ROUNDS = 300;

    @Test
    void printsEditAndRecomputeTimesOnTheLargestSampleModel(@TempDir Path dir) throws IOException {
        Path largest = largestSample();
        String text = Files.readString(largest);
        Workspace workspace = new Workspace(dir);
        String id = workspace.importModel("largest.json", text);
        EditSession session = new EditSession(workspace, id, workspace.snapshot(id).orElseThrow());
        Model model = session.result().model();
        assertThat(session.result().ok()).isTrue();

        double[] roundTrip = time(i -> ModelReader.parse(ModelJson.write(ModelJson.parseTree(text))));
        double[] design = time(i -> DesignComputation.of(session.result().model(), io.keysmith.model.TableStyle.SINGLE_TABLE));
        double[] edit = time(i -> session.edit(null, false, doc -> rate(doc, 100 + i)));
        // the Design tab first shows the chosen style, computed off the UI thread; the other style follows
        double[] chosen = time(i -> DesignComputation.chosen(session.result().model(), io.keysmith.model.TableStyle.SINGLE_TABLE));
        double[] editAndChosen = time(i -> {
            session.edit(null, false, doc -> rate(doc, 5_000 + i));
            DesignComputation.chosen(session.result().model(), io.keysmith.model.TableStyle.SINGLE_TABLE);
        });

        System.out.printf(Locale.ROOT, "%nRecompute benchmark: %s (%d entities, %d access patterns, %,d bytes), %d rounds after %d warm-up%n",
                largest.getFileName(), model.entities().size(), model.accessPatterns().size(), text.length(), ROUNDS, WARM_UP);
        System.out.printf(Locale.ROOT, "%-58s %10s %10s %8s%n", "step", "median ms", "p95 ms", "ratio");
        print("baseline: JSON round trip (write, parse, validate)", roundTrip, roundTrip);
        print("edit: change, parse, validate, save to disk", edit, roundTrip);
        print("design tab: both styles + 40 sample instances", design, roundTrip);
        print("design tab's first result: the chosen style + samples", chosen, roundTrip);
        print("edit, then that first result (what the user waits for)", editAndChosen, roundTrip);
        System.out.println("ratio = median / median of the baseline; goal: an edit shows its new design within 300 ms");
    }

    /** The largest sample by file size, found when run so that a new, larger sample is picked up. */
    private static Path largestSample() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .max(Comparator.comparingLong(RecomputeBenchmark::size)).orElseThrow();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Sets the first access pattern's rate: an edit that changes the cost, like a user's. */
    private static void rate(ObjectNode doc, int rate) {
        ((ObjectNode) doc.withArray("accessPatterns").get(0)).put("rate", rate);
    }

    private static double[] time(IntConsumer work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.accept(i);
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            work.accept(WARM_UP + i);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void print(String step, double[] sorted, double[] baseline) {
        System.out.printf(Locale.ROOT, "%-58s %10.2f %10.2f %8.1f%n", step, median(sorted), sorted[(int) (sorted.length * 0.95)],
                median(sorted) / median(baseline));
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
