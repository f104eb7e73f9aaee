package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.expr.ExpressionInput;
import io.keysmith.local.expr.Projection;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.StripedLocks;
import io.keysmith.local.store.Table;
import io.keysmith.local.value.ItemSize;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** TransactGetItems: up to 100 reads under the same stripes a transaction takes, so none sees half a transaction. */
public final class TransactGetOp {

    private record Get(Table table, PrimaryKey key, Projection projection) {}

    private final Catalog catalog;

    public TransactGetOp(Catalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode transactGet(JsonNode request) {
        JsonNode elements = Requests.transactItems(request);
        List<Get> gets = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (JsonNode element : elements) {
            JsonNode body = Requests.object(element, "Get");
            if (body == null) {
                throw Requests.invalid("null", "TransactItems.member.get", "Member must not be null");
            }
            Table table = Responses.table(catalog, body);
            PrimaryKey key = KeyRules.key(table.schema(), Responses.item(body, "Key"));
            ExpressionInput input = Exprs.input(body, "ProjectionExpression");
            Projection projection = Exprs.projection(body, input);
            Exprs.done(input);
            if (!seen.add(List.of(table.name(), key))) {
                throw DynamoException.validation("Transaction request cannot include multiple operations on one item");
            }
            gets.add(new Get(table, key, projection));
        }
        List<Map<String, Value>> items = new ArrayList<>();
        StripedLocks locks = catalog.locks();
        int[] held = locks.lockAll(gets.stream().mapToInt(g -> locks.stripe(g.table().name(), g.key().hash())).toArray());
        try {
            gets.forEach(g -> items.add(g.table().get(g.key())));
        } finally {
            locks.unlockAll(held);
        }
        ObjectNode response = Responses.object();
        ArrayNode responses = response.putArray("Responses");
        Map<String, Capacity> capacities = new LinkedHashMap<>();
        for (int i = 0; i < gets.size(); i++) {
            Get g = gets.get(i);
            Map<String, Value> item = items.get(i);
            ObjectNode r = responses.addObject();
            if (item != null) {
                r.set("Item", ValueJson.writeItem(g.projection() == null ? item : g.projection().apply(item)));
            }
            capacities.computeIfAbsent(g.table().name(), n -> new Capacity(n, false))
                    .addTable(2 * Capacity.read(item == null ? 0 : ItemSize.of(item), true));
        }
        Capacity.Mode mode = Capacity.mode(request);
        if (mode != Capacity.Mode.NONE) {
            ArrayNode list = response.putArray("ConsumedCapacity");
            capacities.values().forEach(c -> list.add(c.toJson(mode)));
        }
        return response;
    }
}
