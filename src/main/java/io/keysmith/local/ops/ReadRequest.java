package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.expr.Condition;
import io.keysmith.local.expr.ExpressionInput;
import io.keysmith.local.expr.Projection;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.IndexStore;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.Table;
import io.keysmith.local.table.ProjectionType;
import io.keysmith.local.table.TableSchema;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The options Query and Scan share: table or index, consistency, Select, projection, filter, Limit and
 * ExclusiveStartKey, validated as DynamoDB does.
 */
record ReadRequest(Table table, IndexStore index, boolean consistent, Select select, Projection projection,
        Condition filter, Integer limit, Map<String, Value> exclusiveStart) {

    /** Reads the shared options; {@code keyCondition} parses the Query's key condition with the same input. */
    static ReadRequest parse(Catalog catalog, JsonNode request, String verb, java.util.function.Consumer<ExpressionInput> keyCondition) {
        Table table = Responses.table(catalog, request);
        Responses.refuseLegacy(request);
        IndexStore index = null;
        String indexName = Requests.optionalString(request, "IndexName");
        if (indexName != null) {
            Requests.name(indexName, "IndexName");
            index = table.index(indexName);
            if (index == null) {
                throw DynamoException.validation("The table does not have the specified index: " + indexName);
            }
        }
        boolean consistent = Requests.bool(request, "ConsistentRead");
        if (consistent && index != null && index.schema().global()) {
            throw DynamoException.validation("Consistent reads are not supported on global secondary indexes");
        }
        Integer limit = Requests.optionalInt(request, "Limit", 1, Integer.MAX_VALUE);
        ExpressionInput input = Exprs.input(request, "KeyConditionExpression", "FilterExpression", "ProjectionExpression");
        keyCondition.accept(input);
        Condition filter = Exprs.condition(request, "FilterExpression", input);
        Projection projection = Exprs.projection(request, input);
        Exprs.done(input);
        Select select = select(request, index, projection, verb);
        Map<String, Value> start = null;
        JsonNode startNode = Requests.object(request, "ExclusiveStartKey");
        if (startNode != null) {
            start = ValueJson.readItem(startNode);
            checkStart(table.schema(), index, start);
        }
        return new ReadRequest(table, index, consistent, select, projection, filter, limit, start);
    }

    private static Select select(JsonNode request, IndexStore index, Projection projection, String verb) {
        Select select = Requests.enumValue(request, "Select", Select.class, null);
        if (select == null) {
            return projection != null ? Select.SPECIFIC_ATTRIBUTES : index != null ? Select.ALL_PROJECTED_ATTRIBUTES : Select.ALL_ATTRIBUTES;
        }
        String what = request.has("ProjectionExpression") ? "ProjectionExpression" : "AttributesToGet";
        if (select == Select.SPECIFIC_ATTRIBUTES && projection == null) {
            throw DynamoException.validation("1 validation error detected: Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
        }
        if (select != Select.SPECIFIC_ATTRIBUTES && projection != null) {
            throw DynamoException.validation("Cannot specify the " + what + " when choosing to get " + select);
        }
        if (select == Select.ALL_PROJECTED_ATTRIBUTES && index == null) {
            throw DynamoException.validation("ALL_PROJECTED_ATTRIBUTES can be used only when " + verb + " using an IndexName");
        }
        if (select == Select.ALL_ATTRIBUTES && index != null && index.schema().global()
                && index.schema().projection() != ProjectionType.ALL) {
            throw DynamoException.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index "
                    + index.schema().name() + " because its projection type is not ALL");
        }
        return select;
    }

    private static void checkStart(TableSchema schema, IndexStore index, Map<String, Value> start) {
        int expected = schema.key().all().size();
        try {
            PrimaryKey key = PrimaryKey.of(schema.key(), start);
            KeyRules.key(schema, key.toMap(schema.key()));
            if (index != null) {
                expected = (int) java.util.stream.Stream.concat(schema.key().all().stream(), index.schema().key().all().stream()).distinct().count();
                if (index.place(key, start) == null) {
                    throw DynamoException.validation("index key missing");
                }
            }
        } catch (DynamoException | NullPointerException e) {
            throw DynamoException.validation("The provided starting key is invalid: The provided key element does not match the schema");
        }
        if (start.size() != expected) {
            throw DynamoException.validation("The provided starting key is invalid: The provided key element does not match the schema");
        }
    }
}
