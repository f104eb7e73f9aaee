package io.keysmith.local.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.keysmith.local.DynamoException;
import io.keysmith.local.LocalEngine;
import io.keysmith.local.value.ValueJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for {@code LocalServer} while it has not landed: {@link LocalEngine#handle} behind the
 * JDK's HTTP server, DynamoDB's JSON protocol only ({@code X-Amz-Target}, {@code __type} and
 * {@code message}, a failed condition's {@code Item}, {@code CancellationReasons}). Chosen with
 * {@code -Dkeysmith.conformance.endpoint=engine}; the default is the real server.
 */
public final class EngineBridge implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LocalEngine engine = LocalEngine.inMemory();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpServer server;

    public EngineBridge() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void serve(HttpExchange exchange) throws IOException {
        int status = 200;
        JsonNode response;
        try {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
            byte[] body = exchange.getRequestBody().readAllBytes();
            response = engine.handle(operation, body.length == 0 ? null : JSON.readTree(body));
        } catch (DynamoException refused) {
            status = refused.type().httpStatus();
            response = error(refused);
        } catch (RuntimeException crash) {
            status = 500;
            ObjectNode node = JSON.createObjectNode();
            node.put("__type", "com.amazonaws.dynamodb.v20120810#InternalServerError");
            node.put("message", "engine crashed: " + crash);
            response = node;
        }
        byte[] bytes = JSON.writeValueAsBytes(response);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static ObjectNode error(DynamoException refused) {
        ObjectNode node = JSON.createObjectNode();
        node.put("__type", refused.type().wireName());
        if (refused.getMessage() != null) {
            node.put("message", refused.getMessage());
        }
        if (refused.item() != null) {
            node.set("Item", ValueJson.writeItem(refused.item()));
        }
        if (!refused.reasons().isEmpty()) {
            ArrayNode reasons = node.putArray("CancellationReasons");
            for (DynamoException.CancellationReason reason : refused.reasons()) {
                ObjectNode r = reasons.addObject();
                r.put("Code", reason.code());
                if (reason.message() != null) {
                    r.put("Message", reason.message());
                }
                if (reason.item() != null) {
                    r.set("Item", ValueJson.writeItem(reason.item()));
                }
            }
        }
        return node;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        engine.close();
    }
}
