package io.keysmith.local.expr;

import io.keysmith.local.DynamoException;
import io.keysmith.local.ErrorType;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request. Parsing an expression
 * marks the names and values it uses, so that the request can refuse unused ones as DynamoDB does.
 */
public final class ExpressionInput {

    private static final Pattern NAME_KEY = Pattern.compile("#[0-9A-Za-z_]+");
    private static final Pattern VALUE_KEY = Pattern.compile(":[0-9A-Za-z_]+");

    private final Map<String, String> names;
    private final Map<String, Value> values;
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final Set<String> usedValues = new LinkedHashSet<>();

    /** Either map may be null or empty for none (an explicitly empty map in a request is refused by {@link #from}). */
    public ExpressionInput(Map<String, String> names, Map<String, Value> values) {
        this.names = names == null ? Map.of() : new LinkedHashMap<>(names);
        this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
        checkKeys("ExpressionAttributeNames", this.names.keySet(), NAME_KEY);
        checkKeys("ExpressionAttributeValues", this.values.keySet(), VALUE_KEY);
    }

    /** Reads both maps from a request body (either may be absent). */
    public static ExpressionInput from(JsonNode request) {
        JsonNode namesNode = present(request, "ExpressionAttributeNames");
        Map<String, String> names = new LinkedHashMap<>();
        if (namesNode != null) {
            for (Map.Entry<String, JsonNode> e : namesNode.properties()) {
                if (!e.getValue().isString()) {
                    throw new DynamoException(ErrorType.SERIALIZATION, "Expected a string for an expression attribute name");
                }
                names.put(e.getKey(), e.getValue().asString());
            }
            checkKeys("ExpressionAttributeNames", names.keySet(), NAME_KEY);
        }
        JsonNode valuesNode = present(request, "ExpressionAttributeValues");
        Map<String, Value> values = new LinkedHashMap<>();
        if (valuesNode != null) {
            checkKeys("ExpressionAttributeValues", valuesNode.propertyNames(), VALUE_KEY);
            for (Map.Entry<String, JsonNode> e : valuesNode.properties()) {
                try {
                    values.put(e.getKey(), ValueJson.read(e.getValue()));
                } catch (DynamoException ex) {
                    if (ex.type() != ErrorType.VALIDATION) {
                        throw ex;
                    }
                    throw DynamoException.validation("ExpressionAttributeValues contains invalid value: " + ex.getMessage() + " for key " + e.getKey());
                }
            }
        }
        return new ExpressionInput(names, values);
    }

    private static JsonNode present(JsonNode request, String field) {
        JsonNode node = request == null ? null : request.get(field);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            throw new DynamoException(ErrorType.SERIALIZATION, "Expected an object for " + field);
        }
        if (node.isEmpty()) {
            throw DynamoException.validation(field + " must not be empty");
        }
        return node;
    }

    private static void checkKeys(String field, Iterable<String> keys, Pattern pattern) {
        for (String key : keys) {
            if (!pattern.matcher(key).matches()) {
                throw DynamoException.validation(field + " contains invalid key: Syntax error; key: \"" + key + "\"");
            }
        }
    }

    /** The attribute name a {@code #name} stands for, marking it used; null when undefined. */
    String name(String key) {
        String name = names.get(key);
        if (name != null) {
            usedNames.add(key);
        }
        return name;
    }

    /** The value a {@code :name} stands for, marking it used; null when undefined. */
    Value value(String key) {
        Value value = values.get(key);
        if (value != null) {
            usedValues.add(key);
        }
        return value;
    }

    /**
     * Refuses names or values that no expression of the request used, with DynamoDB's messages
     * ("Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}").
     * Call after every expression of the request was parsed.
     */
    public void checkAllUsed() {
        List<String> unusedNames = names.keySet().stream().filter(k -> !usedNames.contains(k)).toList();
        if (!unusedNames.isEmpty()) {
            throw DynamoException.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
                    + String.join(", ", unusedNames) + "}");
        }
        List<String> unusedValues = values.keySet().stream().filter(k -> !usedValues.contains(k)).toList();
        if (!unusedValues.isEmpty()) {
            throw DynamoException.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
                    + String.join(", ", unusedValues) + "}");
        }
    }
}
