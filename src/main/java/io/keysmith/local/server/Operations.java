package io.keysmith.local.server;

import tools.jackson.databind.JsonNode;

/** What the server puts on the wire: the engine's {@code handle}, or a stand-in in tests. */
@FunctionalInterface
interface Operations {

    /** Runs one operation ({@code "PutItem"}) on its JSON request; throws DynamoException for what DynamoDB refuses. */
    JsonNode handle(String operation, JsonNode request);
}
