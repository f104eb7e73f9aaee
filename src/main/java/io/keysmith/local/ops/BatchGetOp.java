package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.expr.ExpressionInput;
import io.keysmith.local.expr.Projection;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.Table;
import io.keysmith.local.value.ItemSize;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * BatchGetItem: up to 100 keys over several tables, each table with its own projection and consistency.
 * A response stops growing at 16 MB; the keys not read then come back in UnprocessedKeys.
 */
public final class BatchGetOp {

    static final long RESPONSE_BYTES = 16L * 1024 * 1024;

    private final Catalog catalog;

    public BatchGetOp(Catalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode batchGet(JsonNode request) {
        JsonNode requestItems = Requests.object(request, "RequestItems");
        if (requestItems == null) {
            throw Requests.invalid("null", "RequestItems", "Member must not be null");
        }
        int total = 0;
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            JsonNode keys = Requests.array(e.getValue(), "Keys");
            if (keys == null || keys.isEmpty()) {
                throw Requests.invalid("null", "RequestItems." + e.getKey() + ".member.keys", "Member must have length greater than or equal to 1");
            }
            total += keys.size();
        }
        if (total > 100) {
            throw DynamoException.validation("Too many items requested for the BatchGetItem call");
        }
        if (total == 0) {
            throw Requests.invalid("'{}'", "RequestItems", "Map value must satisfy constraint: [Member must have length greater than or equal to 1]");
        }
        ObjectNode response = Responses.object();
        ObjectNode responses = response.putObject("Responses");
        ObjectNode unprocessed = response.putObject("UnprocessedKeys");
        Capacity.Mode mode = Capacity.mode(request);
        ArrayNode capacities = mode == Capacity.Mode.NONE ? null : response.putArray("ConsumedCapacity");
        long size = 0;
        for (Map.Entry<String, JsonNode> e : requestItems.properties()) {
            JsonNode tableRequest = e.getValue();
            Table table = catalog.require(Requests.name(e.getKey(), "RequestItems"), Responses.NOT_FOUND);
            boolean consistent = Requests.bool(tableRequest, "ConsistentRead");
            ExpressionInput input = Exprs.input(tableRequest, "ProjectionExpression");
            Projection projection = Exprs.projection(tableRequest, input);
            Exprs.done(input);
            Set<PrimaryKey> seen = new HashSet<>();
            ArrayNode items = responses.putArray(e.getKey());
            ArrayNode left = null;
            Capacity capacity = new Capacity(table.name(), false);
            for (JsonNode keyNode : tableRequest.get("Keys")) {
                PrimaryKey key = KeyRules.key(table.schema(), ValueJson.readItem(keyNode));
                if (!seen.add(key)) {
                    throw DynamoException.validation("Provided list of item keys contains duplicates");
                }
                if (size >= RESPONSE_BYTES) {
                    if (left == null) {
                        ObjectNode rest = (ObjectNode) tableRequest.deepCopy();
                        left = rest.putArray("Keys");
                        unprocessed.set(e.getKey(), rest);
                    }
                    left.add(keyNode);
                    continue;
                }
                Map<String, Value> item = table.get(key);
                capacity.addTable(Capacity.read(item == null ? 0 : ItemSize.of(item), consistent));
                if (item != null) {
                    Map<String, Value> shown = projection == null ? item : projection.apply(item);
                    size += ItemSize.of(shown);
                    items.add(ValueJson.writeItem(shown));
                }
            }
            if (capacities != null) {
                capacities.add(capacity.toJson(mode));
            }
        }
        return response;
    }
}
