package io.keysmith.export.code;

import io.keysmith.live.CodeOracle.Answer;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated {@code access_patterns.py} run by python3 with boto3: one process that reads a
 * call per line (JSON) and answers with the items, the refusal or the error.
 */
final class GeneratedPython implements CodeCaller {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String DRIVER = """
            import json, sys, traceback
            from decimal import Decimal
            import boto3
            import access_patterns as ap

            client = boto3.client("dynamodb", endpoint_url=sys.argv[1], region_name="us-east-1",
                                  aws_access_key_id="keysmith", aws_secret_access_key="local")
            patterns = ap.AccessPatterns(client)
            SETS = {"stringSet", "numberSet"}

            def typed(entity, params):
                types = ap._ENTITIES.get(entity, {}).get("attributes", {})
                return {k: set(v) if types.get(k) in SETS and isinstance(v, list) else v for k, v in params.items()}

            def plain(v):
                if isinstance(v, (set, frozenset)):
                    return sorted(plain(x) for x in v)
                if isinstance(v, dict):
                    return {k: plain(x) for k, x in v.items()}
                if isinstance(v, list):
                    return [plain(x) for x in v]
                if isinstance(v, Decimal):
                    return float(v)
                return v

            for line in sys.stdin:
                request = json.loads(line)
                try:
                    pattern = ap._PATTERNS[request["id"]]
                    found = patterns.call(request["id"], typed(pattern.get("entity"), request["params"]))
                    answer = {"found": [{"entity": f.entity, "attributes": plain(f.attributes)} for f in found]}
                except ap.ConditionalCheckFailed as e:
                    answer = {"refused": str(e)}
                except Exception as e:
                    answer = {"error": traceback.format_exc()}
                print(json.dumps(answer), flush=True)
            """;

    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    private GeneratedPython(Process process) {
        this.process = process;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** A python3 that imports boto3, or null when there is none. */
    static String interpreter() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import boto3").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    static GeneratedPython start(String module, Path dir, URI endpoint) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("access_patterns.py"), module);
        Files.writeString(dir.resolve("driver.py"), DRIVER);
        Process p = new ProcessBuilder(interpreter(), "driver.py", endpoint.toString()).directory(dir.toFile())
                .redirectError(dir.resolve("driver.log").toFile()).start();
        return new GeneratedPython(p);
    }

    @Override
    public List<Answer> call(String id, Map<String, Object> params) throws Refused {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", id);
        request.put("params", params);
        String line;
        try {
            in.write(JSON.writeValueAsString(request));
            in.newLine();
            in.flush();
            line = out.readLine();
        } catch (IOException e) {
            throw new AssertionError("the Python driver stopped: " + e.getMessage(), e);
        }
        if (line == null) {
            throw new AssertionError("the Python driver stopped");
        }
        Map<?, ?> answer = JSON.readValue(line, Map.class);
        if (answer.containsKey("refused")) {
            throw new Refused(String.valueOf(answer.get("refused")));
        }
        if (answer.containsKey("error")) {
            throw new AssertionError(id + " " + params + " raised " + answer.get("error"));
        }
        List<Answer> found = new ArrayList<>();
        for (Object f : (List<?>) answer.get("found")) {
            Map<?, ?> m = (Map<?, ?>) f;
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = (Map<String, Object>) m.get("attributes");
            found.add(new Answer((String) m.get("entity"), attributes));
        }
        return found;
    }

    @Override
    public void close() {
        try {
            in.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
