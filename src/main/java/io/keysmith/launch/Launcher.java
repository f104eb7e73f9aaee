package io.keysmith.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Entry point of the jar, compiled for Java 17 so that {@code java -jar keysmith.jar} works on
 * the machine's default Java: on Java 21+ it starts Keysmith directly, otherwise it re-starts the
 * jar on a Java 21+ it finds (JAVA_HOME, KEYSMITH_JAVA or /usr/lib/jvm).
 */
public final class Launcher {

    private static final int REQUIRED = 21;
    private static final String MAIN = "io.keysmith.Application";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() >= REQUIRED) {
            Class.forName(MAIN, true, Thread.currentThread().getContextClassLoader())
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
            return;
        }
        Optional<Path> java = findJava();
        if (java.isEmpty()) {
            System.err.println("Keysmith needs Java " + REQUIRED + " or newer; this is Java "
                    + Runtime.version().feature()
                    + ". Install a JDK 21+ or set KEYSMITH_JAVA to its bin/java.");
            System.exit(1);
        }
        System.exit(restart(java.get(), args));
    }

    private static int restart(Path java, String[] args) throws Exception {
        // Started with java -jar: the class path is the jar itself.
        String jar = System.getProperty("java.class.path").split(File.pathSeparator)[0];
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        // Stopping this process (Ctrl-C, kill) must stop the real one too, or the web app outlives it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return process.waitFor();
    }

    static Optional<Path> findJava() {
        List<Path> candidates = new ArrayList<>();
        for (String env : new String[] {"KEYSMITH_JAVA", "JAVA_HOME"}) {
            String value = System.getenv(env);
            if (value != null && !value.isBlank()) {
                Path p = Path.of(value);
                candidates.add(Files.isDirectory(p) ? p.resolve("bin/java") : p);
            }
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                dirs.sorted(Comparator.comparing(Path::toString).reversed())
                        .forEach(d -> candidates.add(d.resolve("bin/java")));
            } catch (Exception ignored) {
                // no JDK folder to search
            }
        }
        return candidates.stream()
                .filter(Files::isExecutable)
                .filter(p -> versionOf(p.getParent().getParent()) >= REQUIRED)
                .findFirst();
    }

    private static int versionOf(Path home) {
        try {
            Path release = home.resolve("release");
            if (Files.exists(release)) {
                for (String line : Files.readAllLines(release)) {
                    if (line.startsWith("JAVA_VERSION=")) {
                        String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                        String major = v.startsWith("1.") ? v.substring(2) : v;
                        return Integer.parseInt(major.split("[.+-]")[0]);
                    }
                }
            }
            String name = home.getFileName().toString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)").matcher(name);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= 8 && n < 100) {
                    return n;
                }
            }
        } catch (Exception ignored) {
            // unreadable JDK folder: not a candidate
        }
        return 0;
    }
}
