package io.keysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class LocalCommandTests {

    private static final Pattern LISTENING = Pattern.compile(
            "Keysmith local engine listening on (http://127\\.0\\.0\\.1:\\d+) \\((in memory|data in .+)\\)");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new LocalCommand().run(List.of(args), print(out), print(err), new CountDownLatch(0));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void badArgumentsAreOneLineAndExitOne() {
        for (String[] args : new String[][] {{"--port", "abc"}, {"--port", "70000"}, {"--port"}, {"--verbose"}, {"extra"},
                {"--data", "--port", "1"}}) {
            out.reset();
            err.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(1);
            assertThat(err.toString().lines()).singleElement().asString().startsWith("keysmith local: ");
            assertThat(out.toString()).isEmpty();
        }
        run("--port", "abc");
        assertThat(err.toString()).contains("--port needs a port number from 0 (any free one) to 65535, got abc");
    }

    @Test
    void aPortInUseIsOneSentenceNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThat(run("--port", Integer.toString(port))).isEqualTo(1);
            assertThat(err.toString().strip())
                    .isEqualTo("keysmith local: port " + port + " is already in use on 127.0.0.1; choose another with --port");
        }
    }

    @Test
    void anAddressOfAnotherMachineIsRefusedWithTheReason() {
        // 192.0.2.1 is reserved for documentation (TEST-NET-1): no machine has it.
        assertThat(run("--host", "192.0.2.1", "--port", "0")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("keysmith local: cannot listen on 192.0.2.1 port 0: ");
    }

    @Test
    void itServesTheSdkUntilStoppedAndThenFreesThePort() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(
                () -> new LocalCommand().run(List.of("--port", "0"), print(out), print(err), stop));
        URI endpoint = awaitListening("in memory");

        try (DynamoDbClient client = client(endpoint)) {
            client.createTable(b -> b.tableName("Cli").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
            assertThat(client.listTables().tableNames()).containsExactly("Cli");
        }
        stop.countDown();

        assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(accepts(endpoint)).isFalse();
    }

    @Test
    void aKilledProcessClosesCleanlyAndItsDataFolderServesTheTablesAgain(@TempDir Path data) throws Exception {
        Process first = start("--port", "0", "--data", data.toString());
        URI endpoint = listening(first, "data in " + data);
        try (DynamoDbClient client = client(endpoint)) {
            client.createTable(b -> b.tableName("Kept").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        }
        first.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook closes the server and the engine
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Process second = start("--port", "0", "--data", data.toString());
        try (DynamoDbClient client = client(listening(second, "data in " + data))) {
            assertThat(client.listTables().tableNames()).containsExactly("Kept");
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyWriteAcknowledgedBeforeAKillNineIsThereAfterARestart(@TempDir Path data) throws Exception {
        Process first = start("--port", "0", "--data", data.toString());
        URI endpoint = listening(first, "data in " + data);
        java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        try (DynamoDbClient client = client(endpoint)) {
            client.createTable(b -> b.tableName("Busy").billingMode("PAY_PER_REQUEST")
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
            java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; !killed.get(); i++) {
                        String id = writer + "-" + i;
                        try {
                            client.putItem(b -> b.tableName("Busy").item(java.util.Map.of("id",
                                    software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(id))));
                            acknowledged.add(id);
                        } catch (RuntimeException refusedOrCut) {
                            return; // the server is gone: this write may or may not have landed
                        }
                    }
                });
            }
            while (acknowledged.size() < 500) {
                Thread.sleep(10);
            }
            first.destroyForcibly(); // SIGKILL in the middle of the writes: no shutdown hook runs
            killed.set(true);
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        Process second = start("--port", "0", "--data", data.toString());
        try (DynamoDbClient client = client(listening(second, "data in " + data))) {
            java.util.Set<String> found = new java.util.HashSet<>();
            client.scanPaginator(b -> b.tableName("Busy")).items().forEach(i -> found.add(i.get("id").s()));
            assertThat(found).containsAll(acknowledged);
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code keysmith local ...} in a JVM of its own, on this test's class path. */
    private static Process start(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.keysmith.Application", "local"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static URI listening(Process process, String storage) throws IOException {
        InputStream in = process.getInputStream();
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            seen.append((char) c);
            Matcher m = LISTENING.matcher(seen);
            if (c == '\n' && m.find()) {
                assertThat(m.group(2)).isEqualTo(storage);
                return URI.create(m.group(1));
            }
        }
        throw new AssertionError("keysmith local did not start: " + seen);
    }

    private URI awaitListening(String storage) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher m = LISTENING.matcher(out.toString());
            if (m.find()) {
                assertThat(m.group(2)).isEqualTo(storage);
                return URI.create(m.group(1));
            }
            assertThat(err.toString()).isEmpty();
            Thread.sleep(50);
        }
        throw new AssertionError("keysmith local did not start: " + out + err);
    }

    private static boolean accepts(URI endpoint) {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClientBuilder(Apache5HttpClient.builder()).build();
    }
}
