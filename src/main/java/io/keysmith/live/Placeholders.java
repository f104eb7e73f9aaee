package io.keysmith.live;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The {@code #n} attribute-name and {@code :v} value placeholders of one request's expressions. */
final class Placeholders {

    final Map<String, String> names = new LinkedHashMap<>();
    final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** The placeholder of an attribute name, the same one each time it is named. */
    String name(String attribute) {
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getValue().equals(attribute)) {
                return e.getKey();
            }
        }
        String key = "#n" + names.size();
        names.put(key, attribute);
        return key;
    }

    String value(AttributeValue v) {
        String key = ":v" + values.size();
        values.put(key, v);
        return key;
    }
}
