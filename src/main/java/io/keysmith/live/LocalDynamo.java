package io.keysmith.live;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** DynamoDB Local running inside this JVM on a free port: in memory, or persisted in a folder. */
public final class LocalDynamo implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;

    private LocalDynamo(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a server; {@code dataDir} null keeps everything in memory. */
    public static LocalDynamo start(Path dataDir) {
        quietLogs();
        try {
            int port = freePort();
            String[] args = dataDir == null
                    ? new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)}
                    : new String[] {"-dbPath", Files.createDirectories(dataDir).toAbsolutePath().toString(),
                            "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)};
            // DynamoDB Local prints its configuration on standard output, which is the CLI's.
            java.io.PrintStream out = System.out;
            DynamoDBProxyServer server;
            try {
                System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                server = ServerRunner.createServerFromCommandLineArgs(args);
                server.start();
            } finally {
                System.setOut(out);
            }
            return new LocalDynamo(server, port);
        } catch (Exception e) {
            throw new LiveException("cannot start embedded DynamoDB Local: " + e.getMessage());
        }
    }

    /** DynamoDB Local logs every request and each refused one with a stack trace; the CLI prints its own messages. */
    private static void quietLogs() {
        for (String name : new String[] {"com.amazonaws.services.dynamodbv2", "org.eclipse.jetty", "com.almworks.sqlite4java"}) {
            if (org.slf4j.LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.ERROR);
            }
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping an in-process test server: nothing useful to do about a failure.
        }
    }
}
