package io.keysmith.local.store;

import io.keysmith.local.table.KeySchema;
import io.keysmith.local.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/** A table item's primary key: the partition key value and the sort key value (null without sort key). */
public record PrimaryKey(Value hash, Value range) {

    /** The key of an item already validated against the schema. */
    public static PrimaryKey of(KeySchema key, Map<String, Value> item) {
        return new PrimaryKey(item.get(key.hashName()), key.hasRange() ? item.get(key.rangeName()) : null);
    }

    /** The key as an attribute map, as LastEvaluatedKey and the log show it. */
    public Map<String, Value> toMap(KeySchema key) {
        Map<String, Value> map = new LinkedHashMap<>();
        map.put(key.hashName(), hash);
        if (range != null) {
            map.put(key.rangeName(), range);
        }
        return map;
    }
}
