package io.keysmith.local.server;

import com.sun.net.httpserver.HttpServer;
import io.keysmith.local.LocalEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An HTTP server that answers DynamoDB's wire protocol with a {@link LocalEngine}, on the JDK's own
 * HTTP server. Closing the server leaves the engine open: whoever created the engine closes it.
 */
public final class LocalServer implements AutoCloseable {

    /** Enough threads for the seed writer's parallel batches (4 a core) without queueing behind each other. */
    static final int THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    private static final int BACKLOG = 256;
    private static final int STOP_SECONDS = 5;

    private final HttpServer http;
    private final RequestHandler handler;
    private final ExecutorService workers;
    private final URI endpoint;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalServer(HttpServer http, RequestHandler handler, ExecutorService workers, URI endpoint) {
        this.http = http;
        this.handler = handler;
        this.workers = workers;
        this.endpoint = endpoint;
    }

    /**
     * Serves {@code engine} on {@code host} (null: loopback only) and {@code port} (0: a free one).
     * Any other address than loopback exposes the tables without authentication to whoever reaches it.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static LocalServer start(LocalEngine engine, InetAddress host, int port) throws IOException {
        return start(engine::handle, host, port);
    }

    static LocalServer start(Operations operations, InetAddress host, int port) throws IOException {
        // Without TCP_NODELAY the JDK server's header and body writes meet the client's delayed ACK:
        // every small answer then waits about 40 ms. Read once, when the JDK's server config loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        InetAddress address = host == null ? InetAddress.getLoopbackAddress() : host;
        HttpServer http = HttpServer.create(new InetSocketAddress(address, port), BACKLOG);
        ExecutorService workers = Executors.newFixedThreadPool(THREADS,
                Thread.ofPlatform().name("keysmith-local-", 1).daemon(true).factory());
        RequestHandler handler = new RequestHandler(operations);
        http.createContext("/", handler);
        http.setExecutor(workers);
        http.start();
        return new LocalServer(http, handler, workers, uri(address, http.getAddress().getPort()));
    }

    private static URI uri(InetAddress address, int port) {
        try {
            // This constructor puts an IPv6 address in brackets.
            return new URI("http", null, address.getHostAddress(), port, null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL clients use, such as {@code http://127.0.0.1:8000}. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Lets the requests under way finish and answer (for a few seconds at most), then stops the
     * server, so that the engine can be closed right after.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            // Waited for here rather than by HttpServer.stop(delay), which also waits the whole delay
            // for a keep-alive connection the client has just closed.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
            while (handler.inFlight() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            http.stop(0);
            workers.shutdown();
            if (!workers.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            http.stop(0);
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
