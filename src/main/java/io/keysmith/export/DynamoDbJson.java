package io.keysmith.export;

import io.keysmith.model.ModelJson;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DynamoDB's JSON encoding of attribute values ({@code {"S": "x"}}, {@code {"N": "12"}}...), as
 * batch-write-item requests, S3 import files and NoSQL Workbench data use it.
 */
public final class DynamoDbJson {

    private DynamoDbJson() {
    }

    public static ObjectNode item(Map<String, ?> attributes) {
        ObjectNode item = ModelJson.MAPPER.createObjectNode();
        attributes.forEach((name, value) -> {
            if (value != null) {
                item.set(name, value(value));
            }
        });
        return item;
    }

    public static ObjectNode value(Object value) {
        ObjectNode node = ModelJson.MAPPER.createObjectNode();
        switch (value) {
            case String s -> node.put("S", s);
            case Boolean b -> node.put("BOOL", b);
            case Number n -> node.put("N", number(n));
            case byte[] bytes -> node.put("B", Base64.getEncoder().encodeToString(bytes));
            case Map<?, ?> map -> {
                ObjectNode m = node.putObject("M");
                map.forEach((k, v) -> {
                    if (v != null) {
                        m.set(String.valueOf(k), value(v));
                    }
                });
            }
            case Set<?> set when !set.isEmpty() && set.stream().allMatch(Number.class::isInstance) -> {
                ArrayNode ns = node.putArray("NS");
                set.forEach(v -> ns.add(number((Number) v)));
            }
            case Set<?> set when !set.isEmpty() -> {
                ArrayNode ss = node.putArray("SS");
                set.forEach(v -> ss.add(String.valueOf(v)));
            }
            case Collection<?> list -> {
                ArrayNode l = node.putArray("L");
                list.forEach(v -> l.add(v == null ? nullValue() : value(v)));
            }
            case java.time.temporal.TemporalAccessor t -> node.put("S", t.toString());
            default -> node.put("S", String.valueOf(value));
        }
        return node;
    }

    private static ObjectNode nullValue() {
        ObjectNode node = ModelJson.MAPPER.createObjectNode();
        node.put("NULL", true);
        return node;
    }

    static String number(Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        return d.stripTrailingZeros().toPlainString();
    }

    /** The DynamoDB type letter of an encoded value ({@code S}, {@code N}, {@code M}...). */
    public static String typeOf(JsonNode encoded) {
        return encoded.propertyNames().iterator().next();
    }

    /** One line of JSON, as newline-delimited files need; no character any line splitter takes for a break. */
    public static String compact(JsonNode node) {
        return JsonText.escapeLineSeparators(ModelJson.MAPPER.writer()
                .without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(node));
    }
}
