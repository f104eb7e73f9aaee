package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.keysmith.cli.GeneratedModels;
import io.keysmith.model.ModelJson;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how a large model fares in the browser, on the built jar started as a server of its own
 * with a 1 GB heap: a 2,000-entity / 8,000-pattern model (the shape of {@code bench --perf}'s) is
 * imported through the upload button and opened, its design shown, and an access pattern's rate
 * edited until the design shows the change; the small online-shop sample, opened and edited the same
 * way in the same run, is the baseline. Each step is timed on the wall clock and by the CPU the server
 * and the browser's page spent on it (what a busy machine does not change), and the elements the
 * browser holds are counted. The server's heap is read from its GC log. A benchmark, not
 * a test: it asserts only that the steps happened. Build the jar first, then run
 * {@code ./mvnw -o test -Dtest=LargeModelBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dlarge.entities=N} for another size, {@code -Dlarge.java=PATH} for another Java).
 */
class LargeModelBenchmark {

    private static final String HEAP = "1g";

    @Test
    void printsImportOpenAndEditTimesOfALargeModelInTheBrowser(@TempDir Path dir) throws Exception {
        int entities = Integer.getInteger("large.entities", 2_000);
        Path model = dir.resolve("large-" + entities + ".json");
        Files.writeString(model, ModelJson.write(GeneratedModels.of(entities, 4)));
        Path gcLog = dir.resolve("gc.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = System.getProperty("large.java", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        Process server = new ProcessBuilder(java, "-Xmx" + HEAP, "-Xlog:gc:file=" + gcLog, "-jar",
                Path.of("target", "keysmith.jar").toAbsolutePath().toString(), "--server.port=" + port,
                "--keysmith.workspace=" + dir.resolve("workspace"), "--vaadin.launch-browser=false")
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        String base = "http://127.0.0.1:" + port + "/";
        try {
            waitUntilUp(base);
            Browser browser = Browsers.shared();
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
                context.setDefaultTimeout(300_000);
                Page page = context.newPage();
                Meter meter = new Meter(server.toHandle(), context.newCDPSession(page));
                // warm-up and baseline: the sample the workspace starts with, opened and edited the same way
                Figures small = run(page, meter, base, null, "online-shop");
                small = run(page, meter, base, null, "online-shop");
                Figures large = run(page, meter, base, model, null);
                print(entities, Files.size(model), small, large, gcLog, server.isAlive());
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /**
     * Each step the user waits for, and how many elements the browser holds after two of them. On a shared
     * machine the wall time mostly measures the wait for a core; the CPU the server and the browser's page
     * spent do not depend on how busy the machine is.
     */
    private record Figures(Step importAndOpen, Step firstDesign, Step editToDesign, Step editToComparison,
            int elementsOpen, int elementsDesign) {
    }

    /** A step's seconds: wall time, the server's CPU time, and the time the page's main thread spent on tasks. */
    private record Step(double wall, double serverCpu, double browserTasks) {
    }

    /** Reads the clock, the server's CPU time and the page's task time, to tell what a step cost. */
    private static final class Meter {
        private final ProcessHandle server;
        private final CDPSession browser;

        Meter(ProcessHandle server, CDPSession browser) {
            this.server = server;
            this.browser = browser;
            browser.send("Performance.enable");
        }

        double[] now() {
            double cpu = server.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
            double tasks = Double.NaN;
            for (var metric : browser.send("Performance.getMetrics").getAsJsonArray("metrics")) {
                if (metric.getAsJsonObject().get("name").getAsString().equals("TaskDuration")) {
                    tasks = metric.getAsJsonObject().get("value").getAsDouble();
                }
            }
            return new double[] {System.nanoTime() / 1e9, cpu, tasks};
        }

        Step since(double[] start) {
            double[] end = now();
            // a new document starts its task count again
            double tasks = end[2] >= start[2] ? end[2] - start[2] : end[2];
            return new Step(end[0] - start[0], end[1] - start[1], tasks);
        }
    }

    /** Every element of the page, those inside components' shadow roots too: what the browser lays out and keeps. */
    private static final String ELEMENTS = """
            () => { let n = 0;
              const walk = root => root.querySelectorAll('*').forEach(e => { n++; if (e.shadowRoot) walk(e.shadowRoot); });
              walk(document); return n; }""";

    private static Figures run(Page page, Meter meter, String base, Path upload, String sample) {
        double[] t0 = meter.now();
        if (upload != null) {
            page.navigate(base);
            page.locator("#import vaadin-button").waitFor();
            t0 = meter.now();
            var chooser = page.waitForFileChooser(() -> page.locator("#import vaadin-button").click());
            chooser.setFiles(upload);
        } else {
            page.navigate(base + "models/" + sample);
        }
        ModelPage model = new ModelPage(page);
        model.waitUntilShown();
        assertThat(model.listed("entities")).isNotEmpty();
        model.settle();
        Step open = meter.since(t0);
        int elementsOpen = ((Number) page.evaluate(ELEMENTS)).intValue();

        double[] t1 = meter.now();
        tab(page, "Design");
        model.settle();
        page.locator("#design[data-state=ready]").waitFor();
        String costs = page.locator("#design-costs").innerText();
        Step design = meter.since(t1);
        int elementsDesign = ((Number) page.evaluate(ELEMENTS)).intValue();

        tab(page, "Model");
        tab(page, "Access patterns");
        model.settle();
        int rate = 100_000 + (int) (System.nanoTime() % 1_000);
        double[] t2 = meter.now();
        // as a user: the value and Tab, then the Design tab (ModelPage.fill would also wait for the comparison)
        Locator input = model.field("accessPatterns[0].rate").locator("input");
        input.fill(String.valueOf(rate));
        input.press("Tab");
        model.waitForTypingPause(); // the field sends its value after a pause in typing
        tab(page, "Design");
        // the chosen style's design on screen (the other style's, for the cost comparison, may still be coming)
        page.waitForFunction("""
                old => { const d = document.querySelector('#design'), c = document.querySelector('#design-costs');
                  return d && c && ['ready', 'comparing'].includes(d.dataset.state) && c.innerText !== old; }""", costs);
        Step edit = meter.since(t2);
        model.settle();
        Step comparison = meter.since(t2);
        return new Figures(open, design, edit, comparison, elementsOpen, elementsDesign);
    }

    private static void tab(Page page, String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private static void print(int entities, long bytes, Figures small, Figures large, Path gcLog, boolean alive)
            throws IOException {
        System.out.printf(Locale.ROOT, "%nLarge model benchmark: %,d entities / %,d access patterns (%,d bytes), server -Xmx%s%n",
                entities, entities * 4, bytes, HEAP);
        System.out.printf(Locale.ROOT, "%-44s %12s %14s %8s %8s%n", "step (seconds)", "large", "online-shop", "ratio", "goal");
        line("import (upload) and open, entities listed", large.importAndOpen(), small.importAndOpen(), "< 10");
        line("design tab first shown", large.firstDesign(), small.firstDesign(), "");
        line("edit a rate until the design shows it", large.editToDesign(), small.editToDesign(), "< 2");
        line("  and until the cost comparison shows it", large.editToComparison(), small.editToComparison(), "");
        count("browser elements, entities listed", large.elementsOpen(), small.elementsOpen());
        count("browser elements, design tab shown", large.elementsDesign(), small.elementsDesign());
        long[] heap = heap(gcLog);
        System.out.printf(Locale.ROOT, "server heap: peak %d MB used before a GC, %d MB after one (of %s); server %s%n",
                heap[0], heap[1], HEAP, alive ? "still running" : "DIED");
        // wall times on a shared machine mostly measure the wait for a core: say how busy it was
        System.out.printf(Locale.ROOT, "load average %.2f on %d processors%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void count(String what, int large, int small) {
        System.out.printf(Locale.ROOT, "%-44s %12d %14d %8.1f%n", what, large, small, (double) large / small);
    }

    private static void line(String step, Step large, Step small, String goal) {
        System.out.printf(Locale.ROOT, "%-44s %12.2f %14.2f %8.1f %8s%n", step, large.wall(), small.wall(),
                large.wall() / small.wall(), goal);
        System.out.printf(Locale.ROOT, "%-44s %12.2f %14.2f %8.1f%n", "  of it, server CPU", large.serverCpu(),
                small.serverCpu(), large.serverCpu() / small.serverCpu());
        System.out.printf(Locale.ROOT, "%-44s %12.2f %14.2f %8.1f%n", "  of it, browser page's main thread busy",
                large.browserTasks(), small.browserTasks(), large.browserTasks() / small.browserTasks());
    }

    /** The largest heap use the GC log shows before and after a collection, in MB. */
    private static long[] heap(Path gcLog) throws IOException {
        Pattern sizes = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");
        long before = 0;
        long after = 0;
        List<String> lines = Files.exists(gcLog) ? Files.readAllLines(gcLog) : new ArrayList<>();
        for (String line : lines) {
            Matcher m = sizes.matcher(line);
            if (m.find()) {
                before = Math.max(before, Long.parseLong(m.group(1)));
                after = Math.max(after, Long.parseLong(m.group(2)));
            }
        }
        return new long[] {before, after};
    }

    private static void waitUntilUp(String base) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server at " + base + " did not start within 2 minutes");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
