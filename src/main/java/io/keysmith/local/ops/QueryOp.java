package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.expr.Expressions;
import io.keysmith.local.expr.KeyCondition;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.IndexKey;
import io.keysmith.local.store.IndexStore;
import io.keysmith.local.store.PartKey;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.Table;
import io.keysmith.local.table.KeySchema;
import io.keysmith.local.table.TableSchema;
import io.keysmith.local.value.Value;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Query: one partition of a table or index, a range of its sort keys, in either direction, one page at a time. */
public final class QueryOp {

    private final Catalog catalog;

    public QueryOp(Catalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode query(JsonNode request) {
        KeyCondition[] condition = new KeyCondition[1];
        ReadRequest read = ReadRequest.parse(catalog, request, "Querying", input -> {
            Table table = Responses.table(catalog, request);
            String indexName = Requests.optionalString(request, "IndexName");
            IndexStore index = indexName == null ? null : table.index(indexName);
            KeySchema key = index != null ? index.schema().key() : table.schema().key();
            String text = Requests.optionalString(request, "KeyConditionExpression");
            if (text != null) {
                if (request.get("KeyConditions") != null) {
                    throw DynamoException.validation("Can not use both expression and non-expression parameters in the same request: "
                            + "Non-expression parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}");
                }
                condition[0] = Expressions.keyCondition(text, input, key.hash(), key.range());
            } else if (Requests.object(request, "KeyConditions") != null) {
                condition[0] = LegacyKeyConditions.parse(request.get("KeyConditions"), key);
            } else {
                throw DynamoException.validation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
            }
        });
        checkTypes(read.table().schema(), read.index() == null ? read.table().schema().key() : read.index().schema().key(), condition[0]);
        boolean forward = request.get("ScanIndexForward") == null || Requests.bool(request, "ScanIndexForward");
        return PageReader.read(source(read, condition[0], forward), read, Capacity.mode(request));
    }

    private static Iterator<byte[]> source(ReadRequest read, KeyCondition condition, boolean forward) {
        List<Value> hashValues = condition.hashValues();
        Value hash = hashValues.size() == 1 ? hashValues.get(0) : new Value.L(hashValues);
        if (read.index() == null) {
            Table table = read.table();
            NavigableMap<Value, byte[]> partition = table.partition(hash);
            if (partition == null) {
                return Collections.emptyIterator();
            }
            NavigableMap<Value, byte[]> view = Ranges.table(partition, condition.sort());
            if (!forward) {
                view = view.descendingMap();
            }
            if (read.exclusiveStart() != null) {
                PrimaryKey start = PrimaryKey.of(table.schema().key(), read.exclusiveStart());
                view = view.tailMap(start.range() == null ? Table.NO_SORT : start.range(), false);
            }
            return view.values().iterator();
        }
        IndexStore index = read.index();
        NavigableMap<IndexKey, byte[]> partition = index.partitions().get(PartKey.of(hash));
        if (partition == null) {
            return Collections.emptyIterator();
        }
        NavigableMap<IndexKey, byte[]> view = Ranges.index(partition, condition.sortEquals(), condition.sort());
        if (!forward) {
            view = view.descendingMap();
        }
        if (read.exclusiveStart() != null) {
            PrimaryKey start = PrimaryKey.of(read.table().schema().key(), read.exclusiveStart());
            view = view.tailMap(index.place(start, read.exclusiveStart()).key(), false);
        }
        return view.values().iterator();
    }

    private static void checkTypes(TableSchema schema, KeySchema key, KeyCondition condition) {
        for (int i = 0; i < condition.hashValues().size(); i++) {
            check(schema, key.hash().get(i), condition.hashValues().get(i));
        }
        for (int i = 0; i < condition.sortEquals().size(); i++) {
            check(schema, key.range().get(i), condition.sortEquals().get(i));
        }
        if (condition.sort() != null && condition.sort().op() == KeyCondition.Op.BEGINS_WITH) {
            notEmpty(key.range().get(condition.sortEquals().size()), condition.sort().low());
        } else if (condition.sort() != null) {
            String name = key.range().get(condition.sortEquals().size());
            check(schema, name, condition.sort().low());
            if (condition.sort().high() != null) {
                check(schema, name, condition.sort().high());
            }
        }
    }

    private static void check(TableSchema schema, String attribute, Value value) {
        if (!schema.attributes().get(attribute).matches(value)) {
            throw DynamoException.validation("One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
        notEmpty(attribute, value);
    }

    private static void notEmpty(String attribute, Value value) {
        // as in items, a key value in a condition may not be empty (a begins_with "" included)
        if (value instanceof Value.S s && s.value().isEmpty() || value instanceof Value.B b && b.value().length() == 0) {
            throw DynamoException.validation("One or more parameter values are not valid. The AttributeValue for a key attribute"
                    + " cannot contain an empty " + (value instanceof Value.S ? "string" : "binary") + " value. Key: " + attribute);
        }
    }
}
