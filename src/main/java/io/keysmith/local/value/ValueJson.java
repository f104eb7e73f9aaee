package io.keysmith.local.value;

import io.keysmith.local.DynamoException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** DynamoDB's JSON form of attribute values ({@code {"S": "x"}}, {@code {"N": "1"}}...), both ways, with its validation messages. */
public final class ValueJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueJson() {}

    /** An item or key: a JSON object of attribute name to attribute value. */
    public static Map<String, Value> readItem(JsonNode node) {
        Map<String, Value> item = new LinkedHashMap<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return item;
        }
        if (!node.isObject()) {
            throw serialization("Expected an object of attribute values");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            item.put(e.getKey(), read(e.getValue()));
        }
        return item;
    }

    public static Value read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw serialization("Expected an attribute value object");
        }
        List<Map.Entry<String, JsonNode>> set = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isNull()) {
                set.add(e);
            }
        }
        if (set.isEmpty()) {
            throw DynamoException.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        if (set.size() > 1) {
            throw DynamoException.validation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
        }
        String type = set.get(0).getKey();
        JsonNode v = set.get(0).getValue();
        return switch (type) {
            case "S" -> new Value.S(text(v));
            case "N" -> new Value.N(Numbers.parse(text(v)));
            case "B" -> new Value.B(bytes(v));
            case "BOOL" -> new Value.Bool(bool(v));
            case "NULL" -> {
                if (!bool(v)) {
                    throw DynamoException.validation("One or more parameter values were invalid: Null attribute value types must have the value of true");
                }
                yield new Value.Null();
            }
            case "SS" -> new Value.SS(set(v, "string", ValueJson::text));
            case "NS" -> new Value.NS(set(v, "number", n -> Numbers.parse(text(n))));
            case "BS" -> new Value.BS(set(v, "binary", ValueJson::bytes));
            case "L" -> {
                if (!v.isArray()) {
                    throw serialization("Expected a list for L");
                }
                List<Value> values = new ArrayList<>();
                v.forEach(e -> values.add(read(e)));
                yield new Value.L(values);
            }
            case "M" -> new Value.M(readItem(v));
            default -> throw serialization("Unknown attribute value type " + type);
        };
    }

    public static ObjectNode writeItem(Map<String, Value> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, write(value)));
        return node;
    }

    public static ObjectNode write(Value value) {
        ObjectNode node = NODES.objectNode();
        switch (value) {
            case Value.S s -> node.put("S", s.value());
            case Value.N n -> node.put("N", n.text());
            case Value.B b -> node.put("B", Base64.getEncoder().encodeToString(b.value().toArray()));
            case Value.Bool b -> node.put("BOOL", b.value());
            case Value.Null n -> node.put("NULL", true);
            case Value.SS ss -> {
                ArrayNode a = node.putArray("SS");
                ss.values().forEach(a::add);
            }
            case Value.NS ns -> {
                ArrayNode a = node.putArray("NS");
                ns.values().forEach(n -> a.add(n.toPlainString()));
            }
            case Value.BS bs -> {
                ArrayNode a = node.putArray("BS");
                bs.values().forEach(b -> a.add(Base64.getEncoder().encodeToString(b.toArray())));
            }
            case Value.L l -> {
                ArrayNode a = node.putArray("L");
                l.values().forEach(v -> a.add(write(v)));
            }
            case Value.M m -> node.set("M", writeItem(m.values()));
        }
        return node;
    }

    private interface Reader<T> {
        T read(JsonNode node);
    }

    private static <T> Set<T> set(JsonNode v, String kind, Reader<T> reader) {
        if (!v.isArray()) {
            throw serialization("Expected a list for a set");
        }
        if (v.isEmpty()) {
            throw DynamoException.validation("One or more parameter values were invalid: An " + kind + " set  may not be empty");
        }
        Set<T> values = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        for (JsonNode e : v) {
            T value = reader.read(e);
            texts.add(e.isString() ? e.asString() : e.toString());
            if (!values.add(value)) {
                throw DynamoException.validation("One or more parameter values were invalid: Input collection " + texts.subList(0, texts.size()) + " contains duplicates.");
            }
        }
        return values;
    }

    private static String text(JsonNode v) {
        if (!v.isString()) {
            throw serialization("Expected a string value");
        }
        return v.asString();
    }

    private static boolean bool(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isString() && (v.asString().equals("true") || v.asString().equals("false"))) {
            return Boolean.parseBoolean(v.asString());
        }
        throw serialization("Expected a boolean value");
    }

    private static Value.Bytes bytes(JsonNode v) {
        try {
            return new Value.Bytes(Base64.getDecoder().decode(text(v)));
        } catch (IllegalArgumentException e) {
            throw serialization("Base64 encoded length is expected a multiple of 4 bytes but found: " + text(v).length());
        }
    }

    private static DynamoException serialization(String message) {
        return new DynamoException(io.keysmith.local.ErrorType.SERIALIZATION, message);
    }

    /** Numbers read and written by the engine itself (counts, capacity). */
    public static Value.N number(BigDecimal value) {
        return new Value.N(value);
    }
}
