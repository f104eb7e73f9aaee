package io.keysmith.local.conformance;

import io.keysmith.local.LocalEngine;
import io.keysmith.local.server.LocalServer;
import java.net.InetAddress;
import java.net.URI;

/** Keysmith's engine in memory behind its HTTP server on a free loopback port. */
public final class KeysmithServer implements AutoCloseable {

    private final LocalEngine engine;
    private final LocalServer server;

    private KeysmithServer(LocalEngine engine, LocalServer server) {
        this.engine = engine;
        this.server = server;
    }

    public static KeysmithServer start() {
        LocalEngine engine = LocalEngine.inMemory();
        try {
            return new KeysmithServer(engine, LocalServer.start(engine, InetAddress.getLoopbackAddress(), 0));
        } catch (java.io.IOException | RuntimeException e) {
            engine.close();
            throw new IllegalStateException("cannot start Keysmith's local server", e);
        }
    }

    public URI endpoint() {
        return server.endpoint();
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            engine.close();
        }
    }
}
