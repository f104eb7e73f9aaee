package io.keysmith.live;

import io.keysmith.local.LocalEngine;
import io.keysmith.local.server.LocalServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keysmith's local engine inside this JVM, served on a free loopback port: in memory, or kept in a folder. */
public final class LocalEndpoint implements AutoCloseable {

    private final LocalEngine engine;
    private final LocalServer server;

    private LocalEndpoint(LocalEngine engine, LocalServer server) {
        this.engine = engine;
        this.server = server;
    }

    /** Starts an engine and its server; {@code dataDir} null keeps everything in memory. */
    public static LocalEndpoint start(Path dataDir) {
        LocalEngine engine;
        try {
            engine = dataDir == null ? LocalEngine.inMemory() : LocalEngine.persistent(Files.createDirectories(dataDir));
        } catch (IOException | RuntimeException e) {
            throw new LiveException("cannot start Keysmith's local engine"
                    + (dataDir == null ? "" : " with data in " + dataDir) + ": " + e.getMessage());
        }
        try {
            return new LocalEndpoint(engine, LocalServer.start(engine, InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            engine.close();
            throw new LiveException("cannot serve Keysmith's local engine on a loopback port: " + e.getMessage());
        }
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** Stops the server first, so that no request is under way when the engine closes. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            engine.close();
        }
    }
}
