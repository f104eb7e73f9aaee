package io.keysmith.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An HTTP proxy in front of a real endpoint (the local engine, which never leaves a write
 * unprocessed) that answers BatchWriteItem calls as DynamoDB does under load: the first call it
 * sees processes nothing, and each later call only the first half of its requests, the rest
 * coming back in UnprocessedItems. Every other request passes through unchanged, so any client
 * (the AWS SDKs of Java, JavaScript and Python) can be pointed at it.
 */
public final class UnprocessedProxy implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI target;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newHttpClient();
    /** BatchWriteItem calls seen, and those answered with unprocessed items. */
    public final AtomicInteger batchCalls = new AtomicInteger();
    public final AtomicInteger unprocessedCalls = new AtomicInteger();

    private UnprocessedProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public static UnprocessedProxy start(URI target) throws IOException {
        return new UnprocessedProxy(target);
    }

    public URI endpoint() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            byte[] body = x.getRequestBody().readAllBytes();
            String operation = x.getRequestHeaders().getFirst("X-Amz-Target");
            if (operation != null && operation.endsWith(".BatchWriteItem")) {
                batch(x, body);
                return;
            }
            HttpResponse<byte[]> r = forward(x, body);
            r.headers().firstValue("Content-Type").ifPresent(v -> x.getResponseHeaders().add("Content-Type", v));
            r.headers().firstValue("x-amz-crc32").ifPresent(v -> x.getResponseHeaders().add("x-amz-crc32", v));
            respond(x, r.statusCode(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding", e);
        }
    }

    /** Forwards part of the call (none of the first one) and returns the rest as unprocessed. */
    private void batch(HttpExchange x, byte[] body) throws IOException, InterruptedException {
        ObjectNode request = (ObjectNode) JSON.readTree(body);
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        request.get("RequestItems").properties().forEach(e -> e.getValue().forEach(w -> all.add(Map.entry(e.getKey(), w))));
        int keep = batchCalls.incrementAndGet() == 1 ? 0 : (all.size() + 1) / 2;
        ObjectNode now = JSON.createObjectNode();
        ObjectNode later = JSON.createObjectNode();
        for (int i = 0; i < all.size(); i++) {
            ObjectNode into = i < keep ? now : later;
            JsonNode list = into.get(all.get(i).getKey());
            (list == null ? into.putArray(all.get(i).getKey()) : (ArrayNode) list).add(all.get(i).getValue());
        }
        if (!now.isEmpty()) {
            request.set("RequestItems", now);
            HttpResponse<byte[]> r = forward(x, JSON.writeValueAsBytes(request));
            if (r.statusCode() != 200) {
                x.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
                respond(x, r.statusCode(), r.body());
                return;
            }
            JSON.readTree(r.body()).path("UnprocessedItems").properties().forEach(e -> e.getValue().forEach(w -> {
                JsonNode list = later.get(e.getKey());
                (list == null ? later.putArray(e.getKey()) : (ArrayNode) list).add(w);
            }));
        }
        if (!later.isEmpty()) {
            unprocessedCalls.incrementAndGet();
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("UnprocessedItems", later);
        x.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        respond(x, 200, JSON.writeValueAsBytes(answer));
    }

    private HttpResponse<byte[]> forward(HttpExchange x, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(target.resolve(x.getRequestURI().getRawPath()))
                .method(x.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String h : List.of("Content-Type", "X-Amz-Target", "Authorization", "X-Amz-Date")) {
            String v = x.getRequestHeaders().getFirst(h);
            if (v != null) {
                b.header(h, v);
            }
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void respond(HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        http.close();
    }

    @Override
    public String toString() {
        return "proxy " + endpoint() + " -> " + target + " (" + batchCalls + " BatchWriteItem calls, " + unprocessedCalls
                + " with unprocessed items)";
    }
}
