package io.keysmith.export.code;

import io.keysmith.design.Design;
import io.keysmith.design.DesignEngine;
import io.keysmith.model.Model;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@code src/test/typescript/drive.js} on a generated {@code accessPatterns.ts}: type-checks it
 * with tsc, or calls its patterns against an endpoint. The AWS SDK and TypeScript it needs are
 * pinned in that folder's {@code package-lock.json} and installed by {@code npm ci} when missing.
 */
final class NodeDriver {

    static final Path FOLDER = Path.of(System.getProperty("keysmith.typescript.dir", "src/test/typescript"));

    private static final long TIMEOUT_SECONDS = 300;

    private NodeDriver() {
    }

    /** Why the driver cannot run here (no node or npm on PATH), or empty when it can. */
    static Optional<String> unavailableReason() {
        if (executable("node").isEmpty() || executable("npm").isEmpty()) {
            return Optional.of("node and npm are not on PATH: the generated TypeScript cannot run here; CI installs Node");
        }
        return Files.isRegularFile(FOLDER.resolve("drive.js")) ? Optional.empty()
                : Optional.of("no " + FOLDER.resolve("drive.js") + " (run the tests from the project folder)");
    }

    /** The compiler's messages on the modules under strict TypeScript, none when they type-check. */
    static List<String> diagnostics(List<Path> modules) throws IOException, InterruptedException {
        List<String> args = new java.util.ArrayList<>(List.of("check"));
        modules.forEach(m -> args.add(m.toAbsolutePath().toString()));
        JsonNode out = node(args.toArray(String[]::new));
        return out.get("diagnostics").valueStream().map(JsonNode::asString).toList();
    }

    /** Each call's outcome, in order: {@code {"found": [...]}} or {@code {"error": name, "message": ...}}. */
    static List<JsonNode> run(Path module, Path design, URI endpoint, List<Map<String, Object>> calls)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile(module.getParent(), "calls", ".json");
        Files.writeString(file, ModelJson.MAPPER.writeValueAsString(calls));
        JsonNode out = node("run", module.toAbsolutePath().toString(), design.toAbsolutePath().toString(), endpoint.toString(),
                file.toAbsolutePath().toString());
        return out.get("outcomes").valueStream().toList();
    }

    /** A model file's design and its generated module, written to a folder for {@link #run}. */
    record Generated(Model model, Design design, Path module, Path designFile) {

        List<JsonNode> run(URI endpoint, List<Map<String, Object>> calls) throws IOException, InterruptedException {
            return NodeDriver.run(module, designFile, endpoint, calls);
        }
    }

    static Generated generate(Path dir, String modelFile) throws IOException {
        Model model = ModelReader.parse(Files.readString(Path.of(modelFile))).model();
        Design design = DesignEngine.design(model);
        Path module = Files.writeString(dir.resolve("accessPatterns.ts"),
                CodeExporterTests.export(model, design).get("code/accessPatterns.ts"));
        Path designFile = Files.writeString(dir.resolve("design.json"), ModelJson.MAPPER.writeValueAsString(design));
        return new Generated(model, design, module, designFile);
    }

    static Map<String, Object> call(String pattern, Map<String, Object> params) {
        return Map.of("pattern", pattern, "params", params);
    }

    private static JsonNode node(String... args) throws IOException, InterruptedException {
        installIfMissing();
        List<String> command = new java.util.ArrayList<>(List.of(executable("node").orElseThrow().toString(), "drive.js"));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile("drive", ".err");
        Process p = new ProcessBuilder(command).directory(FOLDER.toFile()).redirectError(errors.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("drive.js " + args[0] + " failed: " + Files.readString(errors) + out);
        }
        return ModelJson.MAPPER.readTree(out);
    }

    private static synchronized void installIfMissing() throws IOException, InterruptedException {
        if (Files.isRegularFile(FOLDER.resolve("node_modules/typescript/package.json"))
                && Files.isRegularFile(FOLDER.resolve("node_modules/@aws-sdk/lib-dynamodb/package.json"))) {
            return;
        }
        Path log = Files.createTempFile("npm-ci", ".log");
        Process install = new ProcessBuilder(executable("npm").orElseThrow().toString(), "ci", "--no-audit", "--no-fund")
                .directory(FOLDER.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!install.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || install.exitValue() != 0) {
            install.destroyForcibly();
            throw new IOException("npm ci in " + FOLDER + " failed: " + Files.readString(log));
        }
    }

    private static Optional<Path> executable(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
