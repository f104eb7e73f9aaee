package io.keysmith.local.server;

import io.keysmith.local.DynamoException;
import io.keysmith.local.ErrorType;
import io.keysmith.local.value.ValueJson;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** DynamoDB's JSON body of an error: {@code __type}, the message, and the item or cancellation reasons it carries. */
final class ErrorBody {

    /**
     * DynamoDB spells the message key {@code Message} for these two types and {@code message} for the
     * rest; the SDKs read either, but scripts that parse the body by hand may not.
     */
    private static final Set<ErrorType> CAPITALISED = Set.of(ErrorType.SERIALIZATION, ErrorType.TRANSACTION_CANCELED);

    private ErrorBody() {
    }

    static ObjectNode of(DynamoException e) {
        ObjectNode body = of(e.type(), e.getMessage());
        if (e.item() != null) {
            body.set("Item", ValueJson.writeItem(e.item()));
        }
        if (!e.reasons().isEmpty()) {
            ArrayNode reasons = body.putArray("CancellationReasons");
            for (DynamoException.CancellationReason r : e.reasons()) {
                ObjectNode reason = reasons.addObject().put("Code", r.code());
                if (r.message() != null) {
                    reason.put("Message", r.message());
                }
                if (r.item() != null) {
                    reason.set("Item", ValueJson.writeItem(r.item()));
                }
            }
        }
        return body;
    }

    static ObjectNode of(ErrorType type, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("__type", type.wireName());
        if (message != null) {
            body.put(CAPITALISED.contains(type) ? "Message" : "message", message);
        }
        return body;
    }
}
