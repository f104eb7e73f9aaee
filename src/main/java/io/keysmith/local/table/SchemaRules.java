package io.keysmith.local.table;

import io.keysmith.local.DynamoException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The whole-schema checks of CreateTable and UpdateTable: definitions match keys, index rules and limits. */
public final class SchemaRules {

    private static final String INVALID = "One or more parameter values were invalid: ";

    private SchemaRules() {}

    public static void check(TableSchema schema) {
        Set<String> keyAttributes = new LinkedHashSet<>(schema.allKeyAttributes());
        Set<String> undefined = new LinkedHashSet<>(keyAttributes);
        undefined.removeAll(schema.attributes().keySet());
        if (!undefined.isEmpty()) {
            throw DynamoException.validation(INVALID + "Some index key attributes are not defined in AttributeDefinitions. Keys: "
                    + List.copyOf(undefined) + ", AttributeDefinitions: " + List.copyOf(schema.attributes().keySet()));
        }
        if (!keyAttributes.containsAll(schema.attributes().keySet())) {
            throw DynamoException.validation(INVALID
                    + "Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }
        Set<String> names = new HashSet<>();
        int globals = 0;
        int locals = 0;
        for (IndexSchema index : schema.indexes()) {
            if (!names.add(index.name())) {
                throw DynamoException.validation(INVALID + "Duplicate index name: " + index.name());
            }
            if (index.global()) {
                globals++;
            } else {
                locals++;
                checkLocal(schema, index);
            }
            if (index.projection() == ProjectionType.INCLUDE) {
                for (String n : index.nonKeyAttributes()) {
                    if (schema.key().all().contains(n) || index.key().all().contains(n)) {
                        throw DynamoException.validation(INVALID + "NonKeyAttributes may not contain key attributes: " + n);
                    }
                }
            }
        }
        if (globals > 20) {
            throw new DynamoException(io.keysmith.local.ErrorType.LIMIT_EXCEEDED,
                    "Subscriber limit exceeded: The number of global secondary indexes on a table may not exceed 20");
        }
        if (locals > 5) {
            throw DynamoException.validation(INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
        }
    }

    private static void checkLocal(TableSchema schema, IndexSchema index) {
        if (!schema.key().hasRange()) {
            throw DynamoException.validation(INVALID
                    + "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
        }
        if (!index.key().hasRange()) {
            throw DynamoException.validation(INVALID + "Index KeySchema must have a range key for index: " + index.name());
        }
        if (!index.key().hashName().equals(schema.key().hashName())) {
            throw DynamoException.validation(INVALID + "Index KeySchema does not have the same leading hash key as table KeySchema for index: "
                    + index.name() + ". index hash key: " + index.key().hashName() + ", table hash key: " + schema.key().hashName());
        }
    }
}
