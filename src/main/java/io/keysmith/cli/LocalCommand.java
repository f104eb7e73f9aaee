package io.keysmith.cli;

import io.keysmith.local.LocalEngine;
import io.keysmith.local.server.LocalServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code keysmith local [--port P] [--data DIR] [--host H]}: serves Keysmith's local engine as a
 * DynamoDB endpoint until Ctrl-C, in memory or with its tables kept in DIR.
 */
final class LocalCommand implements Command {

    /** The port DynamoDB's local tools have made customary, so existing --endpoint-url settings work. */
    static final int DEFAULT_PORT = 8000;

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String usage() {
        return "[--port P] [--data DIR] [--host H]  serve Keysmith's local engine as a DynamoDB endpoint"
                + " (port " + DEFAULT_PORT + ", in memory, 127.0.0.1 by default) until Ctrl-C";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        // Nothing counts this down: Ctrl-C ends the JVM, and the shutdown hook closes the server and the engine.
        return run(args, out, err, new CountDownLatch(1));
    }

    /** Serves until {@code stop} is counted down (tests) or the JVM shuts down (Ctrl-C). */
    int run(List<String> args, PrintStream out, PrintStream err, CountDownLatch stop) {
        LocalArguments a;
        try {
            a = LocalArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("keysmith local: " + e.getMessage());
            return 1;
        }
        String refused = cannotListen(a);
        if (refused != null) {
            // Told before the engine opens, which may take a while with a large data folder.
            err.println(refused);
            return 1;
        }
        LocalEngine engine;
        try {
            engine = a.data() == null ? LocalEngine.inMemory() : LocalEngine.persistent(Files.createDirectories(a.data()));
        } catch (IOException | RuntimeException e) {
            err.println("keysmith local: cannot start the engine" + (a.data() == null ? "" : " with data in " + a.data())
                    + ": " + e.getMessage());
            return 1;
        }
        LocalServer server;
        try {
            server = LocalServer.start(engine, a.host(), a.port());
        } catch (IOException e) {
            engine.close();
            err.println(refusal(a, e));
            return 1;
        }
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                server.close();
                engine.close();
            }
        };
        Thread hook = new Thread(close, "keysmith-local-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Keysmith local engine listening on " + server.endpoint() + " ("
                + (a.data() == null ? "in memory" : "data in " + a.data()) + ")");
        if (!a.host().isLoopbackAddress()) {
            err.println("keysmith local: no authentication: anyone who reaches " + server.endpoint()
                    + " can read and change every table");
        }
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook closes.
        }
        close.run();
        return 0;
    }

    /** Null when the address and port can be listened on, else why not. */
    private static String cannotListen(LocalArguments a) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(a.host(), a.port()));
            return null;
        } catch (IOException e) {
            return refusal(a, e);
        }
    }

    private static String refusal(LocalArguments a, IOException e) {
        String host = a.host().getHostAddress();
        return e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")
                ? "keysmith local: port " + a.port() + " is already in use on " + host + "; choose another with --port"
                : "keysmith local: cannot listen on " + host + " port " + a.port() + ": " + e.getMessage();
    }

    /** The command's options, checked. */
    record LocalArguments(int port, Path data, InetAddress host) {

        static LocalArguments parse(List<String> args) {
            int port = DEFAULT_PORT;
            Path data = null;
            InetAddress host = InetAddress.getLoopbackAddress();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--port" -> port = port(Args.value(args, ++i, arg));
                    case "--data" -> data = Path.of(Args.value(args, ++i, arg));
                    case "--host" -> host = host(Args.value(args, ++i, arg));
                    default -> throw new IllegalArgumentException((arg.startsWith("-") ? "unknown option " : "unexpected argument ")
                            + arg + "; usage: keysmith local [--port P] [--data DIR] [--host H]");
                }
            }
            return new LocalArguments(port, data, host);
        }

        private static int port(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            throw new IllegalArgumentException("--port needs a port number from 0 (any free one) to 65535, got " + text);
        }

        private static InetAddress host(String text) {
            try {
                return InetAddress.getByName(text);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("--host: unknown host " + text);
            }
        }
    }
}
