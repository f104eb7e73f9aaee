package io.keysmith.local.conformance;

import io.keysmith.local.LocalEngine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.URI;
import org.opentest4j.TestAbortedException;

/**
 * Keysmith's engine in memory behind its HTTP server on a free loopback port. The server is
 * reached by reflection ({@code LocalServer.start(engine, host, port)}, {@code endpoint()},
 * {@code close()}) so that the suite compiles before {@code io.keysmith.local.server} lands;
 * until then the tests that need it are skipped with that reason.
 */
public final class KeysmithServer implements AutoCloseable {

    private static final String SERVER_CLASS = "io.keysmith.local.server.LocalServer";

    private final LocalEngine engine;
    private final AutoCloseable server;
    private final URI endpoint;

    private KeysmithServer(LocalEngine engine, AutoCloseable server, URI endpoint) {
        this.engine = engine;
        this.server = server;
        this.endpoint = endpoint;
    }

    public static KeysmithServer start() {
        Class<?> serverClass;
        try {
            serverClass = Class.forName(SERVER_CLASS);
        } catch (ClassNotFoundException e) {
            throw new TestAbortedException(SERVER_CLASS + " is not there yet; run with -D"
                    + Implementation.ENDPOINT_PROPERTY + "=dynalite meanwhile");
        }
        LocalEngine engine = LocalEngine.inMemory();
        try {
            Method start = serverClass.getMethod("start", LocalEngine.class, InetAddress.class, int.class);
            AutoCloseable server = (AutoCloseable) start.invoke(null, engine, InetAddress.getLoopbackAddress(), 0);
            URI endpoint = (URI) serverClass.getMethod("endpoint").invoke(server);
            return new KeysmithServer(engine, server, endpoint);
        } catch (InvocationTargetException e) {
            engine.close();
            throw new IllegalStateException("LocalServer.start failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            engine.close();
            throw new IllegalStateException("LocalServer's API is not start(LocalEngine, InetAddress, int), endpoint(), close()", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            engine.close();
        }
    }
}
