package io.keysmith.web;

import io.keysmith.live.LocalEndpoint;
import io.keysmith.live.Target;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The web app's one Keysmith local engine, started on first use and stopped when the app stops;
 * in memory unless {@code keysmith.live.data} names a folder to keep its tables in.
 */
@Component
class EmbeddedDynamo implements AutoCloseable {

    private final Path dataDir;
    private LocalEndpoint local;

    EmbeddedDynamo(@Value("${keysmith.live.data:}") String dataDir) {
        this.dataDir = dataDir == null || dataDir.isBlank() ? null : Path.of(dataDir);
    }

    /** The running server as a target, starting it first if needed (may read a data folder first, so call it off the UI thread). */
    synchronized Target target() {
        if (local == null) {
            local = LocalEndpoint.start(dataDir);
        }
        return new Target.Endpoint(local.endpoint(), "us-east-1");
    }

    String describe() {
        return "Keysmith's local engine (" + (dataDir == null ? "in memory" : "data in " + dataDir) + ", shared by this app)";
    }

    @Override
    public synchronized void close() {
        if (local != null) {
            local.close();
            local = null;
        }
    }
}
