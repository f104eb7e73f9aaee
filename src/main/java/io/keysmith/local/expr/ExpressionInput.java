package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request. Parsing an expression
 * marks the names and values it uses, so that the request can refuse unused ones as DynamoDB does.
 */
public final class ExpressionInput {

    public ExpressionInput(Map<String, String> names, Map<String, Value> values) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Reads both maps from a request body (either may be absent). */
    public static ExpressionInput from(JsonNode request) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Refuses names or values that no expression of the request used, with DynamoDB's messages
     * ("Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}").
     * Call after every expression of the request was parsed.
     */
    public void checkAllUsed() {
        throw new UnsupportedOperationException("TODO");
    }
}
