package io.keysmith.local.dynalite;

import io.keysmith.node.NodeTools;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * dynalite (npm, an independent DynamoDB implementation) in a Node process on 127.0.0.1 and a free
 * port, in memory. Its lifetime is bounded three ways: {@link #close()}, a JVM shutdown hook, and
 * {@code serve.js} exiting when the JVM's end of its standard input closes (even on a killed JVM).
 */
public final class Dynalite implements AutoCloseable {

    /** The folder with {@code package.json}, {@code package-lock.json} and {@code serve.js}. */
    public static final Path FOLDER = Path.of(System.getProperty("keysmith.dynalite.dir", "src/test/dynalite"));

    private static final long START_TIMEOUT_SECONDS = 30;

    private final Process process;
    private final URI endpoint;
    private final Thread shutdownHook;
    private final Deque<String> output;

    private Dynalite(Process process, URI endpoint, Thread shutdownHook, Deque<String> output) {
        this.process = process;
        this.endpoint = endpoint;
        this.shutdownHook = shutdownHook;
        this.output = output;
    }

    /** Why dynalite cannot run here (no {@code node} on PATH), or empty when it can. */
    public static Optional<String> unavailableReason() {
        if (NodeTools.executable("node").isEmpty()) {
            return Optional.of("node is not on PATH: dynalite (Node 20+) cannot run here; CI installs Node");
        }
        if (!Files.isRegularFile(FOLDER.resolve("serve.js"))) {
            return Optional.of("no " + FOLDER.resolve("serve.js") + " (run the tests from the project folder)");
        }
        return Optional.empty();
    }

    /** Installs dynalite with {@code npm ci} when {@code node_modules} lacks it, then starts it. */
    public static Dynalite start() throws IOException, InterruptedException {
        installIfMissing();
        Process process = new ProcessBuilder(NodeTools.executable("node").orElseThrow().toString(), "serve.js")
                .directory(FOLDER.toFile())
                .redirectErrorStream(true)
                .start();
        Thread hook = new Thread(process::destroyForcibly, "dynalite-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Deque<String> output = new ArrayDeque<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(process, output, port), "dynalite-output");
        reader.setDaemon(true);
        reader.start();
        try {
            int listening = port.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new Dynalite(process, URI.create("http://127.0.0.1:" + listening), hook, output);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
            Runtime.getRuntime().removeShutdownHook(hook);
            throw new IOException("dynalite did not start within " + START_TIMEOUT_SECONDS + " s; its output: "
                    + String.join("\n", snapshot(output)), e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The last lines dynalite printed (for failure messages). */
    public List<String> output() {
        return snapshot(output);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }

    private static void installIfMissing() throws IOException, InterruptedException {
        NodeTools.installIfMissing(FOLDER, "node_modules/dynalite/index.js");
    }

    private static void readOutput(Process process, Deque<String> output, CompletableFuture<Integer> port) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!port.isDone() && line.startsWith("listening on ")) {
                    port.complete(Integer.parseInt(line.substring("listening on ".length()).trim()));
                }
                synchronized (output) {
                    output.addLast(line);
                    if (output.size() > 50) {
                        output.removeFirst();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IOException("dynalite exited"));
    }

    private static List<String> snapshot(Deque<String> output) {
        synchronized (output) {
            return List.copyOf(output);
        }
    }
}
