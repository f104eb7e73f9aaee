package io.keysmith.node;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Node.js and npm for the tests that check exports or the local engine with npm packages: finding
 * the executables on PATH, installing a folder's pinned packages ({@code npm ci}) once, and running
 * a command with a time limit, its output kept for the failure message.
 */
public final class NodeTools {

    private static final long NPM_TIMEOUT_SECONDS = 600;

    private NodeTools() {
    }

    /** An executable on PATH ({@code node}, {@code npm}; {@code .cmd}/{@code .exe} on Windows). */
    public static Optional<Path> executable(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String candidate : List.of(name, name + ".cmd", name + ".exe")) {
                Path file = Path.of(dir, candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code npm ci} in {@code folder} unless {@code installed} (a file of the last package it
     * installs) is already there: the packages and versions of the folder's {@code package-lock.json}.
     */
    public static void installIfMissing(Path folder, String installed) throws IOException, InterruptedException {
        if (Files.isRegularFile(folder.resolve(installed))) {
            return;
        }
        Path npm = executable("npm").orElseThrow(() -> new IOException("npm is not on PATH: cannot install " + folder));
        run(folder, Map.of(), NPM_TIMEOUT_SECONDS, npm.toString(), "ci", "--no-audit", "--no-fund");
    }

    /**
     * Runs a command in {@code folder} with extra environment variables and returns what it
     * printed (standard output and error); throws with that output when it fails or times out.
     */
    public static String run(Path folder, Map<String, String> environment, long timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("node-tools", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)))
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String printed = Files.readString(log, StandardCharsets.UTF_8);
            if (!done || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " in " + folder.toAbsolutePath()
                        + (done ? " failed (exit " + process.exitValue() + "):\n" : " timed out:\n") + printed);
            }
            return printed;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
