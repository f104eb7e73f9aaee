package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.Table;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small pieces every handler uses: finding the request's table, reading items, adding capacity. */
final class Responses {

    static final String NOT_FOUND = "Requested resource not found";

    private static final String[] LEGACY = {"Expected", "AttributeUpdates", "QueryFilter", "ScanFilter", "ConditionalOperator"};

    private Responses() {}

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The table the request names in {@code TableName}; ResourceNotFoundException when absent. */
    static Table table(Catalog catalog, JsonNode request) {
        return catalog.require(Requests.tableName(request, "TableName"), NOT_FOUND);
    }

    /** A required item or key member. */
    static Map<String, Value> item(JsonNode request, String field) {
        JsonNode node = Requests.object(request, field);
        if (node == null) {
            throw Requests.invalid("null", field, "Member must not be null");
        }
        return ValueJson.readItem(node);
    }

    static void capacity(ObjectNode response, Capacity capacity, Capacity.Mode mode) {
        ObjectNode json = capacity.toJson(mode);
        if (json != null) {
            response.set("ConsumedCapacity", json);
        }
    }

    /** Refuses the legacy conditional parameters, which this engine does not implement. */
    static void refuseLegacy(JsonNode request) {
        for (String field : LEGACY) {
            JsonNode node = request.get(field);
            if (node != null && !node.isNull()) {
                throw DynamoException.validation("The legacy parameter " + field
                        + " is not supported by this local engine; use the expression parameters instead");
            }
        }
    }

    /** Whether ReturnValuesOnConditionCheckFailure asks for the item. */
    static boolean returnOldOnFailure(JsonNode request) {
        String text = Requests.optionalString(request, "ReturnValuesOnConditionCheckFailure");
        if (text != null && !text.equals("ALL_OLD") && !text.equals("NONE")) {
            throw Requests.invalid("'" + text + "'", "ReturnValuesOnConditionCheckFailure", "Member must satisfy enum value set: [ALL_OLD, NONE]");
        }
        return "ALL_OLD".equals(text);
    }
}
