package io.keysmith.web;

import io.keysmith.live.LocalDynamo;
import io.keysmith.live.Target;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one DynamoDB Local of the web app, started on first use and stopped when the app stops;
 * in memory unless {@code keysmith.live.data} names a folder to keep its tables in.
 */
@Component
class EmbeddedDynamo implements AutoCloseable {

    private final Path dataDir;
    private LocalDynamo local;

    EmbeddedDynamo(@Value("${keysmith.live.data:}") String dataDir) {
        this.dataDir = dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir);
    }

    /** The running server as a target, starting it first if needed (takes a second or two, so call it off the UI thread). */
    synchronized Target target() {
        if (local == null) {
            local = LocalDynamo.start(dataDir);
        }
        return new Target.Endpoint(local.endpoint(), "us-east-1");
    }

    String describe() {
        return "embedded DynamoDB Local (" + (dataDir == null ? "in memory" : "data in " + dataDir) + ", shared by this app)";
    }

    @Override
    public synchronized void close() {
        if (local != null) {
            local.close();
            local = null;
        }
    }
}
