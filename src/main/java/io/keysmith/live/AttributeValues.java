package io.keysmith.live;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts plain sample values to DynamoDB attribute values and back. */
final class AttributeValues {

    private AttributeValues() {
    }

    static Map<String, AttributeValue> item(Map<String, Object> values) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        values.forEach((k, v) -> item.put(k, of(v)));
        return item;
    }

    static AttributeValue of(Object value) {
        return switch (value) {
            case null -> AttributeValue.fromNul(true);
            case String s -> AttributeValue.fromS(s);
            case BigDecimal d -> AttributeValue.fromN(d.toPlainString());
            case Number n -> AttributeValue.fromN(n.toString());
            case Boolean b -> AttributeValue.fromBool(b);
            case byte[] b -> AttributeValue.fromB(SdkBytes.fromByteArray(b));
            case Map<?, ?> m -> {
                Map<String, AttributeValue> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
                yield AttributeValue.fromM(out);
            }
            case Set<?> s when !s.isEmpty() && s.stream().allMatch(x -> x instanceof Number) ->
                    AttributeValue.fromNs(s.stream().map(x -> of(x).n()).toList());
            case Set<?> s -> AttributeValue.fromSs(s.stream().map(String::valueOf).toList());
            case Collection<?> c -> AttributeValue.fromL(c.stream().map(AttributeValues::of).toList());
            default -> AttributeValue.fromS(String.valueOf(value));
        };
    }

    static Object plain(AttributeValue v) {
        return switch (v.type()) {
            case S -> v.s();
            case N -> new BigDecimal(v.n());
            case BOOL -> v.bool();
            case B -> v.b().asByteArray();
            case SS -> new LinkedHashSet<>(v.ss());
            case NS -> {
                Set<Object> out = new LinkedHashSet<>();
                v.ns().forEach(n -> out.add(new BigDecimal(n)));
                yield out;
            }
            case M -> {
                Map<String, Object> out = new LinkedHashMap<>();
                v.m().forEach((k, x) -> out.put(k, plain(x)));
                yield out;
            }
            case L -> {
                List<Object> out = new ArrayList<>();
                v.l().forEach(x -> out.add(plain(x)));
                yield out;
            }
            default -> null;
        };
    }
}
