package io.keysmith.local.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.keysmith.local.DynamoException;
import io.keysmith.local.DynamoException.CancellationReason;
import io.keysmith.local.ErrorType;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The wire protocol with a stand-in behind the server (each operation name picks a canned answer),
 * so that the exact bytes of DynamoDB's responses and errors are pinned whatever the engine does.
 */
class RequestHandlerTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Value> ITEM = Map.of("id", new Value.S("a"), "n", new Value.N(BigDecimal.ONE));
    private static LocalServer server;

    @BeforeAll
    static void start() throws IOException {
        server = LocalServer.start(RequestHandlerTests::cannedAnswer, null, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode cannedAnswer(String operation, JsonNode request) {
        return switch (operation) {
            case "Echo" -> JsonNodeFactory.instance.objectNode().set("Got", request);
            case "CreateTable", "ListTables" -> JsonNodeFactory.instance.objectNode();
            case "PutItem" -> throw DynamoException.conditionFailed(ITEM);
            case "TransactWriteItems" -> throw new DynamoException(ErrorType.TRANSACTION_CANCELED,
                    "Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]",
                    null, List.of(new CancellationReason("ConditionalCheckFailed", "The conditional request failed", ITEM),
                            CancellationReason.NONE));
            case "Crash" -> throw new IllegalStateException("boom");
            case "Slow" -> {
                try {
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                yield JsonNodeFactory.instance.objectNode();
            }
            default -> throw new DynamoException(ErrorType.UNKNOWN_OPERATION, null);
        };
    }

    @Test
    void anAnswerCarriesDynamoDbsHeadersAndTheCrc32OfItsBytes() throws IOException {
        try (RawHttp http = new RawHttp(server.endpoint())) {
            RawHttp.Response r = http.post("DynamoDB_20120810.Echo", "{\"TableName\":\"T\"}");

            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).isEqualTo("{\"Got\":{\"TableName\":\"T\"}}");
            assertThat(r.headers()).containsEntry("content-type", "application/x-amz-json-1.0")
                    .containsEntry("x-amz-crc32", Long.toString(crc32(r.body())));
            assertThat(r.headers().get("x-amzn-requestid")).matches("[A-Z0-9]{52}");
        }
    }

    @Test
    void malformedJsonIsASerializationException() throws IOException {
        try (RawHttp http = new RawHttp(server.endpoint())) {
            RawHttp.Response r = http.post("DynamoDB_20120810.Echo", "{\"TableName\": ");

            assertThat(r.status()).isEqualTo(400);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("__type").asString()).isEqualTo("com.amazon.coral.service#SerializationException");
            assertThat(body.get("Message").asString()).startsWith("The request body is not valid JSON");
            assertThat(r.headers()).containsEntry("x-amz-crc32", Long.toString(crc32(r.body())));
        }
    }

    @Test
    void anEmptyBodyOrOneThatIsNotAnObjectIsASerializationException() throws IOException {
        try (RawHttp http = new RawHttp(server.endpoint())) {
            for (String body : new String[] {"", "[1]", "\"x\""}) {
                RawHttp.Response r = http.post("DynamoDB_20120810.Echo", body);
                assertThat(r.status()).isEqualTo(400);
                assertThat(r.text()).contains("com.amazon.coral.service#SerializationException");
            }
        }
    }

    @Test
    void aRequestOverDynamoDbsSixteenMegabytesIsRefused() throws IOException {
        try (RawHttp http = new RawHttp(server.endpoint())) {
            RawHttp.Response r = http.post("DynamoDB_20120810.Echo", "{\"x\":\"" + "a".repeat(RequestHandler.MAX_REQUEST_BYTES) + "\"}");

            assertThat(r.status()).isEqualTo(413);
            assertThat(r.text()).contains("larger than DynamoDB's limit of 16 MB");
        }
    }

    @Test
    void aMissingOrForeignTargetIsAnUnknownOperationException() throws IOException {
        try (RawHttp http = new RawHttp(server.endpoint())) {
            for (String target : new String[] {null, "DynamoDBStreams_20120810.GetRecords", "DynamoDB_20120810."}) {
                RawHttp.Response r = http.post(target, "{}");
                assertThat(r.status()).isEqualTo(400);
                assertThat(JSON.readTree(r.body()).get("__type").asString())
                        .isEqualTo("com.amazon.coral.service#UnknownOperationException");
            }
            // An operation the engine does not know is its own answer, with no message.
            assertThat(http.post("DynamoDB_20120810.Nope", "{}").text())
                    .isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
        }
    }

    @Test
    void aFailedConditionCarriesTheItemAndACancelledTransactionItsReasons() throws IOException {
        try (RawHttp http = new RawHttp(server.endpoint())) {
            assertThat(http.post("DynamoDB_20120810.PutItem", "{}").text()).isEqualTo(
                    "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                            + "\"message\":\"The conditional request failed\",\"Item\":" + ValueJson.writeItem(ITEM) + "}");
            JsonNode cancelled = JSON.readTree(http.post("DynamoDB_20120810.TransactWriteItems", "{}").body());
            assertThat(cancelled.get("Message").asString()).startsWith("Transaction cancelled");
            assertThat(cancelled.get("CancellationReasons").get(0).get("Code").asString()).isEqualTo("ConditionalCheckFailed");
            assertThat(cancelled.get("CancellationReasons").get(0).get("Message").asString()).isEqualTo("The conditional request failed");
            assertThat(cancelled.get("CancellationReasons").get(0).get("Item").get("id").get("S").asString()).isEqualTo("a");
            assertThat(cancelled.get("CancellationReasons").get(1).toString()).isEqualTo("{\"Code\":\"None\"}");
        }
    }

    @Test
    void theSdkTurnsErrorsIntoItsExceptionsWithTheItemAndTheReasons() {
        try (DynamoDbClient client = client(server.endpoint())) {
            assertThatThrownBy(() -> client.putItem(b -> b.tableName("T").item(Map.of("id", AttributeValue.fromS("a")))))
                    .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
                        assertThat(e.item()).containsEntry("id", AttributeValue.fromS("a")).containsEntry("n", AttributeValue.fromN("1"));
                    });
            assertThatThrownBy(() -> client.transactWriteItems(b -> b.transactItems(List.of())))
                    .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith("Transaction cancelled");
                        assertThat(e.cancellationReasons()).extracting(r -> r.code()).containsExactly("ConditionalCheckFailed", "None");
                        assertThat(e.cancellationReasons().get(0).message()).isEqualTo("The conditional request failed");
                        assertThat(e.cancellationReasons().get(0).item()).containsEntry("id", AttributeValue.fromS("a"));
                    });
        }
    }

    @Test
    void anEngineBugIsA500WithAMessageAndIsLoggedWithItsCause() throws IOException {
        Logger logger = (Logger) LoggerFactory.getLogger(RequestHandler.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        // The stack trace is expected here: kept out of the build's output.
        logger.setAdditive(false);
        try (RawHttp http = new RawHttp(server.endpoint())) {
            RawHttp.Response r = http.post("DynamoDB_20120810.Crash", "{}");

            assertThat(r.status()).isEqualTo(500);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("__type").asString()).isEqualTo("com.amazonaws.dynamodb.v20120810#InternalServerError");
            assertThat(body.get("message").asString()).contains("Crash").contains("IllegalStateException: boom");
        } finally {
            logger.detachAppender(logged);
            logger.setAdditive(true);
        }
        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).isEqualTo("Crash failed in Keysmith's local engine");
            assertThat(e.getThrowableProxy().getMessage()).isEqualTo("boom");
        });
    }

    @Test
    void oneConnectionCarriesRequestAfterRequest() throws IOException {
        try (RawHttp http = new RawHttp(server.endpoint())) {
            for (int i = 0; i < 5; i++) {
                assertThat(http.post("DynamoDB_20120810.Echo", "{\"i\":" + i + "}").text()).isEqualTo("{\"Got\":{\"i\":" + i + "}}");
            }
            // Errors keep the connection too.
            assertThat(http.post("DynamoDB_20120810.Echo", "{").status()).isEqualTo(400);
            assertThat(http.post("DynamoDB_20120810.Echo", "{}").status()).isEqualTo(200);
        }
    }

    @Test
    void expectContinueGetsAHundredContinueBeforeTheBody() throws IOException {
        try (RawHttp http = new RawHttp(server.endpoint())) {
            http.send("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: DynamoDB_20120810.Echo\r\n"
                    + "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n");
            assertThat(http.read().status()).isEqualTo(100);
            http.send("{}");
            RawHttp.Response r = http.read();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).isEqualTo("{\"Got\":{}}");
        }
    }

    @Test
    void aGetIsAHealthCheck() throws IOException {
        try (RawHttp http = new RawHttp(server.endpoint())) {
            http.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawHttp.Response r = http.read();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.text()).startsWith("healthy");
        }
    }

    @Test
    void theServerListensOnLoopbackOnlyUnlessGivenAnotherAddress() throws IOException {
        assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
        InetAddress other = NonLoopback.address();
        assumeTrue(other != null, "this machine has no address but loopback");
        assertThat(NonLoopback.accepts(other, server.endpoint().getPort())).isFalse();
        try (LocalServer everywhere = LocalServer.start(RequestHandlerTests::cannedAnswer, other, 0)) {
            assertThat(everywhere.endpoint().getHost()).isEqualTo(other.getHostAddress());
            assertThat(NonLoopback.accepts(other, everywhere.endpoint().getPort())).isTrue();
        }
    }

    @Test
    void closingAnIdleServerIsQuickAndItThenRefusesConnections() throws IOException {
        LocalServer closed = LocalServer.start(RequestHandlerTests::cannedAnswer, null, 0);
        URI endpoint = closed.endpoint();
        long start = System.nanoTime();
        closed.close();
        closed.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThatThrownBy(() -> new RawHttp(endpoint)).isInstanceOf(ConnectException.class);
    }

    @Test
    void closingIsQuickAfterAClientHasClosedItsConnections() throws IOException {
        // HttpServer.stop(delay) would often wait the whole delay here (a closed keep-alive connection
        // counts as a request starting); a few rounds, as it depends on timing.
        for (int round = 0; round < 4; round++) {
            LocalServer used = LocalServer.start(RequestHandlerTests::cannedAnswer, null, 0);
            try (DynamoDbClient client = client(used.endpoint())) {
                client.createTable(b -> b.tableName("T"));
                client.listTables();
            }
            long start = System.nanoTime();
            used.close();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void closingLetsARequestUnderWayAnswerFirst() throws Exception {
        LocalServer closing = LocalServer.start(RequestHandlerTests::cannedAnswer, null, 0);
        try (RawHttp http = new RawHttp(closing.endpoint())) {
            CompletableFuture<RawHttp.Response> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return http.post("DynamoDB_20120810.Slow", "{}");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Thread.sleep(200);
            closing.close();

            assertThat(slow.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
    }

    static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(64))
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                .build();
    }

    private static long crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
