package io.keysmith.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated instance of an entity: attribute values in the model's declaration order, as
 * plain Java values (String, BigDecimal, Long, Boolean, Map, List, Set); absent attributes are
 * left out.
 */
public record Instance(String entity, Map<String, Object> attributes) {

    public Instance {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public Object get(String attribute) {
        return attributes.get(attribute);
    }
}
