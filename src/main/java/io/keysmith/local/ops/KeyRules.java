package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.table.IndexSchema;
import io.keysmith.local.table.ScalarType;
import io.keysmith.local.table.TableSchema;
import io.keysmith.local.value.ItemSize;
import io.keysmith.local.value.Value;
import java.util.Map;

/** DynamoDB's checks of keys and items against a table's schema, with its messages. */
final class KeyRules {

    static final int MAX_HASH_BYTES = 2048;
    static final int MAX_RANGE_BYTES = 1024;

    private KeyRules() {}

    /** A Key member (GetItem, DeleteItem, UpdateItem...): exactly the key attributes, of their types. */
    static PrimaryKey key(TableSchema schema, Map<String, Value> key) {
        if (key.size() != schema.key().all().size()) {
            throw DynamoException.validation("The provided key element does not match the schema");
        }
        for (String name : schema.key().all()) {
            Value v = key.get(name);
            if (v == null || !schema.attributes().get(name).matches(v)) {
                throw DynamoException.validation("The provided key element does not match the schema");
            }
            checkNotEmpty(name, v);
        }
        PrimaryKey primaryKey = PrimaryKey.of(schema.key(), key);
        checkSizes(primaryKey);
        return primaryKey;
    }

    /** A whole item to write: its key, its index keys and its size. */
    static PrimaryKey item(TableSchema schema, Map<String, Value> item, String sizeMessage) {
        for (String name : schema.key().all()) {
            Value v = item.get(name);
            if (v == null) {
                throw DynamoException.validation("One or more parameter values were invalid: Missing the key " + name + " in the item");
            }
            ScalarType type = schema.attributes().get(name);
            if (!type.matches(v)) {
                throw DynamoException.validation("One or more parameter values were invalid: Type mismatch for key " + name
                        + " expected: " + type + " actual: " + v.type());
            }
            checkNotEmpty(name, v);
        }
        for (IndexSchema index : schema.indexes()) {
            for (String name : index.key().all()) {
                Value v = item.get(name);
                if (v == null || schema.key().all().contains(name)) {
                    continue;
                }
                ScalarType type = schema.attributes().get(name);
                if (!type.matches(v)) {
                    throw DynamoException.validation("One or more parameter values were invalid: Type mismatch for Index Key " + name
                            + " Expected: " + type + " Actual: " + v.type() + " IndexName: " + index.name());
                }
                if (isEmpty(v)) {
                    throw DynamoException.validation("One or more parameter values are not valid. A value specified for a secondary index key"
                            + " is not supported. The AttributeValue for a key attribute cannot contain an empty "
                            + (v instanceof Value.S ? "string" : "binary") + " value. IndexName: " + index.name() + ", IndexKey: " + name);
                }
            }
        }
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw DynamoException.validation(sizeMessage);
        }
        PrimaryKey key = PrimaryKey.of(schema.key(), item);
        checkSizes(key);
        return key;
    }

    private static void checkNotEmpty(String name, Value v) {
        if (isEmpty(v)) {
            throw DynamoException.validation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty "
                    + (v instanceof Value.S ? "string" : "binary") + " value. Key: " + name);
        }
    }

    private static boolean isEmpty(Value v) {
        return (v instanceof Value.S s && s.value().isEmpty()) || (v instanceof Value.B b && b.value().length() == 0);
    }

    private static void checkSizes(PrimaryKey key) {
        if (ItemSize.of(key.hash()) > MAX_HASH_BYTES) {
            throw DynamoException.validation("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
        }
        if (key.range() != null && ItemSize.of(key.range()) > MAX_RANGE_BYTES) {
            throw DynamoException.validation("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
        }
    }
}
