package io.keysmith.export.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Python's own compiler on generated source: syntax checked wherever a python3 exists (boto3 not needed). */
final class PythonSource {

    private PythonSource() {
    }

    /** The compiler's complaint, or the empty text when it compiles or no python3 is installed. */
    static String compile(String source, Path dir) throws IOException {
        Path file = dir.resolve("access_patterns_check.py");
        Files.createDirectories(dir);
        Files.writeString(file, source);
        try {
            Process p = new ProcessBuilder("python3", "-c",
                    "import ast, sys; ast.parse(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1])", file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? "" : out;
        } catch (IOException e) {
            return ""; // no python3: nothing to check with
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
