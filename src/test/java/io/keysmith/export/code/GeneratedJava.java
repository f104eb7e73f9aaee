package io.keysmith.export.code;

import io.keysmith.live.CodeOracle.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A generated {@code AccessPatterns.java}, compiled against the test class path (which has the AWS SDK) and loaded. */
final class GeneratedJava implements CodeCaller {

    private final Object instance;
    private final Method call;

    private GeneratedJava(Object instance) throws NoSuchMethodException {
        this.instance = instance;
        this.call = instance.getClass().getMethod("call", String.class, Map.class);
    }

    /** The compiler's diagnostics, or the empty text when the source compiles. */
    static String compile(String source, Path dir) throws IOException {
        Path file = dir.resolve("AccessPatterns.java");
        Files.createDirectories(dir);
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, "-proc:none", "-Xlint:none", "-d", dir.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path"), file.toString());
        return status == 0 ? "" : errors.toString();
    }

    /** Compiles the source and makes an instance over the client and table names. */
    static GeneratedJava load(String source, Path dir, DynamoDbClient client, Map<String, String> tableNames)
            throws Exception {
        String errors = compile(source, dir);
        if (!errors.isEmpty()) {
            throw new AssertionError("the generated Java does not compile:\n" + errors);
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()},
                GeneratedJava.class.getClassLoader());
        Class<?> type = Class.forName("AccessPatterns", true, loader);
        return new GeneratedJava(type.getConstructor(DynamoDbClient.class, Map.class).newInstance(client, tableNames));
    }

    Object instance() {
        return instance;
    }

    @Override
    public List<Answer> call(String id, Map<String, Object> params) throws Refused {
        try {
            List<?> found = (List<?>) call.invoke(instance, id, params);
            List<Answer> out = new ArrayList<>();
            for (Object f : found) {
                RecordComponent[] parts = f.getClass().getRecordComponents();
                @SuppressWarnings("unchecked")
                Map<String, Object> attributes = (Map<String, Object>) parts[1].getAccessor().invoke(f);
                out.add(new Answer((String) parts[0].getAccessor().invoke(f), attributes));
            }
            return out;
        } catch (InvocationTargetException e) {
            if (e.getCause().getClass().getSimpleName().equals("ConditionalCheckFailed")) {
                throw new Refused(e.getCause().getMessage());
            }
            throw new AssertionError(id + " " + params + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
    }
}
