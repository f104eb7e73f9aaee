package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.expr.Condition;
import io.keysmith.local.expr.ExpressionInput;
import io.keysmith.local.expr.Expressions;
import io.keysmith.local.expr.Projection;
import io.keysmith.local.value.Value;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The expressions of one request: the shared names and values, each expression parsed against them, and
 * the legacy AttributesToGet as a projection. A request with no expression may not carry names or values.
 */
final class Exprs {

    private Exprs() {}

    /** The request's names and values when it has any of {@code expressionFields}, else null. */
    static ExpressionInput input(JsonNode request, String... expressionFields) {
        for (String field : expressionFields) {
            if (Requests.optionalString(request, field) != null) {
                return ExpressionInput.from(request);
            }
        }
        if (present(request, "ExpressionAttributeNames")) {
            throw DynamoException.validation("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (present(request, "ExpressionAttributeValues")) {
            throw DynamoException.validation("ExpressionAttributeValues can only be specified when using expressions");
        }
        return null;
    }

    /** The condition in {@code field}, or null when the request has none. */
    static Condition condition(JsonNode request, String field, ExpressionInput input) {
        String text = Requests.optionalString(request, field);
        return text == null ? null : Expressions.condition(text, input, field);
    }

    /** The ProjectionExpression, or the legacy AttributesToGet, or null. */
    static Projection projection(JsonNode request, ExpressionInput input) {
        String text = Requests.optionalString(request, "ProjectionExpression");
        JsonNode legacy = Requests.array(request, "AttributesToGet");
        if (text != null && legacy != null) {
            throw DynamoException.validation("Can not use both expression and non-expression parameters in the same request: "
                    + "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
        }
        if (text != null) {
            return Expressions.projection(text, input);
        }
        if (legacy == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        legacy.forEach(n -> names.add(n.asString()));
        return new Projection() {
            @Override
            public Map<String, Value> apply(Map<String, Value> item) {
                Map<String, Value> out = new LinkedHashMap<>();
                names.forEach(n -> {
                    if (item.containsKey(n)) {
                        out.put(n, item.get(n));
                    }
                });
                return out;
            }

            @Override
            public Set<String> topLevelAttributes() {
                return names;
            }
        };
    }

    /** Refuses unused names and values once every expression was parsed. */
    static void done(ExpressionInput input) {
        if (input != null) {
            input.checkAllUsed();
        }
    }

    private static boolean present(JsonNode request, String field) {
        JsonNode node = request.get(field);
        return node != null && !node.isNull();
    }
}
