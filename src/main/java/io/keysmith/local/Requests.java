package io.keysmith.local;

import java.util.Arrays;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads the fields of a request, refusing missing or ill-typed ones with DynamoDB's validation wording. */
public final class Requests {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

    private Requests() {}

    /** A required string member. */
    public static String string(JsonNode request, String field) {
        String value = optionalString(request, field);
        if (value == null) {
            throw invalid("null", field, "Member must not be null");
        }
        return value;
    }

    /** An optional string member, or null. */
    public static String optionalString(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new DynamoException(ErrorType.SERIALIZATION, "Unexpected value type in payload for " + field);
        }
        return node.asString();
    }

    /** A table name (3 to 255 characters of {@code [a-zA-Z0-9_.-]}). */
    public static String tableName(JsonNode request, String field) {
        return name(string(request, field), field);
    }

    /** Checks a table or index name; {@code field} names the member in the message. */
    public static String name(String value, String field) {
        if (value.length() < 3) {
            throw invalid("'" + value + "'", field, "Member must have length greater than or equal to 3");
        }
        if (value.length() > 255) {
            throw invalid("'" + value + "'", field, "Member must have length less than or equal to 255");
        }
        if (!NAME.matcher(value).matches()) {
            throw invalid("'" + value + "'", field, "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        return value;
    }

    /** An optional integer member within bounds, or null. */
    public static Integer optionalInt(JsonNode request, String field, long min, long max) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() && !(node.isString() && node.asString().matches("-?\\d+"))) {
            throw new DynamoException(ErrorType.SERIALIZATION, "Unexpected value type in payload for " + field);
        }
        long value = node.isNumber() ? node.asLong() : Long.parseLong(node.asString());
        if (value < min) {
            throw invalid("'" + value + "'", field, "Member must have value greater than or equal to " + min);
        }
        if (value > max) {
            throw invalid("'" + value + "'", field, "Member must have value less than or equal to " + max);
        }
        return (int) value;
    }

    /** An optional long member (no bounds), or the default. */
    public static long longValue(JsonNode request, String field, long orElse) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return orElse;
        }
        if (!node.isNumber()) {
            throw new DynamoException(ErrorType.SERIALIZATION, "Unexpected value type in payload for " + field);
        }
        return node.asLong();
    }

    /** An optional boolean member. */
    public static boolean bool(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new DynamoException(ErrorType.SERIALIZATION, "Unexpected value type in payload for " + field);
        }
        return node.asBoolean();
    }

    /** An optional enum member given by its wire name, or {@code orElse}. */
    public static <E extends Enum<E>> E enumValue(JsonNode request, String field, Class<E> type, E orElse) {
        String text = optionalString(request, field);
        if (text == null) {
            return orElse;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw invalid("'" + text + "'", field, "Member must satisfy enum value set: " + Arrays.toString(type.getEnumConstants()));
    }

    /** A member that must be an object when present (returns null when absent). */
    public static JsonNode object(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new DynamoException(ErrorType.SERIALIZATION, "Unexpected value type in payload for " + field);
        }
        return node;
    }

    /** A member that must be an array when present (returns null when absent). */
    public static JsonNode array(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new DynamoException(ErrorType.SERIALIZATION, "Unexpected value type in payload for " + field);
        }
        return node;
    }

    /** DynamoDB's "1 validation error detected" message for one member. */
    public static DynamoException invalid(String shownValue, String field, String constraint) {
        return DynamoException.validation("1 validation error detected: Value " + shownValue + " at '" + member(field)
                + "' failed to satisfy constraint: " + constraint);
    }

    /** A member's name as DynamoDB's messages print it: {@code TableName} becomes {@code tableName}. */
    public static String member(String field) {
        return field.isEmpty() ? field : Character.toLowerCase(field.charAt(0)) + field.substring(1);
    }

    /** The TransactItems of a transaction: 1 to 100 of them. */
    public static JsonNode transactItems(JsonNode request) {
        JsonNode elements = array(request, "TransactItems");
        if (elements == null) {
            throw invalid("null", "TransactItems", "Member must not be null");
        }
        if (elements.isEmpty() || elements.size() > 100) {
            throw invalid("'" + elements + "'", "TransactItems", elements.isEmpty()
                    ? "Member must have length greater than or equal to 1" : "Member must have length less than or equal to 100");
        }
        return elements;
    }
}
