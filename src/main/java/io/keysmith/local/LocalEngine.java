package io.keysmith.local;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * Keysmith's own DynamoDB-compatible engine: tables, items and indexes in this process, in memory or
 * kept in a folder. It takes DynamoDB's JSON requests and returns its JSON responses; the HTTP server
 * ({@link io.keysmith.local.server.LocalServer}) puts it on the wire.
 */
public final class LocalEngine implements AutoCloseable {

    /** An engine whose tables live in memory only. */
    public static LocalEngine inMemory() {
        throw new UnsupportedOperationException("TODO");
    }

    /** An engine whose tables are kept in {@code dataDir} and survive a restart (and a kill during writes). */
    public static LocalEngine persistent(Path dataDir) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Runs one operation ({@code "PutItem"}: the part of {@code X-Amz-Target} after {@code DynamoDB_20120810.})
     * on its JSON request and returns the JSON response. Throws {@link DynamoException} for what DynamoDB
     * refuses; an unknown operation is {@link ErrorType#UNKNOWN_OPERATION}.
     */
    public JsonNode handle(String operation, JsonNode request) {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void close() {
    }
}
