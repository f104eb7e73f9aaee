package io.keysmith.local.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.keysmith.local.DynamoException;
import io.keysmith.local.ErrorType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One HTTP exchange: reads DynamoDB's JSON 1.0 request, runs it on the engine, writes the response or the error. */
final class RequestHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String JSON_TYPE = "application/x-amz-json-1.0";
    /** DynamoDB refuses requests over 16 MB; reading no further keeps a runaway client from filling the heap. */
    static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    private static final char[] ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private final Operations operations;
    private final AtomicInteger inFlight = new AtomicInteger();

    RequestHandler(Operations operations) {
        this.operations = operations;
    }

    /** Exchanges being read, run or answered right now. */
    int inFlight() {
        return inFlight.get();
    }

    /** An answer, its body already written into this thread's {@link ReplyBuffer}. */
    private record Reply(int status, String contentType, ReplyBuffer body) {
        /** Writes the body now, so that a failure to write it is still the request's failure and answered as such. */
        static Reply json(int status, JsonNode body) {
            ReplyBuffer buffer = ReplyBuffer.forThisThread();
            JSON.writeValue(buffer, body);
            return new Reply(status, JSON_TYPE, buffer);
        }

        static Reply error(ErrorType type, String message) {
            return json(type.httpStatus(), ErrorBody.of(type, message));
        }

        static Reply text(String text) {
            ReplyBuffer buffer = ReplyBuffer.forThisThread();
            buffer.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            return new Reply(200, "text/plain", buffer);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try (exchange) {
            Reply reply = reply(exchange);
            ReplyBuffer body = reply.body();
            try {
                CRC32 crc = new CRC32();
                crc.update(body.bytes(), 0, body.size());
                var headers = exchange.getResponseHeaders();
                headers.set("Content-Type", reply.contentType());
                headers.set("x-amzn-RequestId", requestId());
                headers.set("x-amz-crc32", Long.toString(crc.getValue()));
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(reply.status(), head ? -1 : body.size());
                if (!head) {
                    exchange.getResponseBody().write(body.bytes(), 0, body.size());
                }
            } finally {
                body.release();
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Reply reply(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            // DynamoDB answers GET / so; health checks and curl get a sign of life.
            return Reply.text("healthy: Keysmith local engine\n");
        }
        byte[] body = read(exchange);
        if (!method.equals("POST")) {
            return Reply.error(ErrorType.UNKNOWN_OPERATION, "DynamoDB requests are POST /, not " + method);
        }
        if (body.length > MAX_REQUEST_BYTES) {
            return Reply.json(413, ErrorBody.of(ErrorType.VALIDATION, "The request is larger than DynamoDB's limit of 16 MB"));
        }
        // DynamoDB's order: a body that is not JSON first, then the target, then an empty body.
        JsonNode request;
        try {
            request = body.length == 0 ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return Reply.error(ErrorType.SERIALIZATION, "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target == null || !target.startsWith(TARGET_PREFIX) || target.length() == TARGET_PREFIX.length()) {
            return Reply.error(ErrorType.UNKNOWN_OPERATION, target == null ? "The X-Amz-Target header is missing"
                    : "Unknown target " + target + "; expected " + TARGET_PREFIX + "OperationName");
        }
        if (request == null || !request.isObject()) {
            return Reply.error(ErrorType.SERIALIZATION, "The request body must be a JSON object");
        }
        return run(target.substring(TARGET_PREFIX.length()), request);
    }

    private Reply run(String operation, JsonNode request) {
        try {
            return Reply.json(200, operations.handle(operation, request));
        } catch (DynamoException e) {
            return Reply.json(e.type().httpStatus(), ErrorBody.of(e));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in the engine, not the client's mistake: the client gets DynamoDB's 500, the log the cause.
            LOG.error("{} failed in Keysmith's local engine", operation, e);
            return Reply.error(ErrorType.INTERNAL_SERVER_ERROR,
                    "Keysmith's local engine failed on " + operation + ": " + e);
        }
    }

    /**
     * The body, or one byte more than the limit; the JDK's server drains or drops what is left. A body of a
     * declared length is read into an array of that length, not into the 16 KB chunks of an unknown one.
     */
    private static byte[] read(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        long declared = declaredLength(exchange);
        return in.readNBytes(declared >= 0 && declared <= MAX_REQUEST_BYTES ? (int) declared : MAX_REQUEST_BYTES + 1);
    }

    /** The Content-Length of a body sent whole (not chunked), or -1. */
    private static long declaredLength(HttpExchange exchange) {
        var headers = exchange.getRequestHeaders();
        String length = headers.getFirst("Content-Length");
        if (length == null || headers.containsKey("Transfer-Encoding")) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** 52 characters, as DynamoDB's request ids are. */
    private static String requestId() {
        char[] id = new char[52];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_CHARS[random.nextInt(ID_CHARS.length)];
        }
        return new String(id);
    }
}
