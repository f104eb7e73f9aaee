package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.expr.Update;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What a write returns in {@code Attributes}: nothing, the old or new item, or only the updated attributes. */
enum ReturnValues {
    NONE, ALL_OLD, UPDATED_OLD, ALL_NEW, UPDATED_NEW;

    /** The request's ReturnValues; PutItem and DeleteItem allow only NONE and ALL_OLD. */
    static ReturnValues of(JsonNode request, boolean onlyOld) {
        ReturnValues value = Requests.enumValue(request, "ReturnValues", ReturnValues.class, NONE);
        if (onlyOld && value != NONE && value != ALL_OLD) {
            throw DynamoException.validation("ReturnValues can only be ALL_OLD or NONE");
        }
        return value;
    }

    /** Adds {@code Attributes} to a response when there is something to return. */
    void write(ObjectNode response, Map<String, Value> old, Map<String, Value> now, Update update) {
        Map<String, Value> attributes = switch (this) {
            case NONE -> null;
            case ALL_OLD -> old;
            case ALL_NEW -> now;
            case UPDATED_OLD -> old == null || update == null ? null : update.updatedPaths(old);
            case UPDATED_NEW -> now == null || update == null ? null : update.updatedPaths(now);
        };
        if (attributes != null && !attributes.isEmpty()) {
            response.set("Attributes", ValueJson.writeItem(attributes));
        }
    }
}
