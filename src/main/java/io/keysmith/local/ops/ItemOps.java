package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.expr.Condition;
import io.keysmith.local.expr.ExpressionInput;
import io.keysmith.local.expr.Expressions;
import io.keysmith.local.expr.Projection;
import io.keysmith.local.expr.Update;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.Table;
import io.keysmith.local.table.TableSchema;
import io.keysmith.local.value.ItemSize;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** PutItem, GetItem, UpdateItem and DeleteItem. */
public final class ItemOps {

    static final String PUT_SIZE = "Item size has exceeded the maximum allowed size";
    static final String UPDATE_SIZE = "Item size to update has exceeded the maximum allowed size";

    private final Catalog catalog;

    public ItemOps(Catalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode put(JsonNode request) {
        Table table = Responses.table(catalog, request);
        Responses.refuseLegacy(request);
        Map<String, Value> item = Responses.item(request, "Item");
        ReturnValues returnValues = ReturnValues.of(request, true);
        ExpressionInput input = Exprs.input(request, "ConditionExpression");
        Condition condition = Exprs.condition(request, "ConditionExpression", input);
        Exprs.done(input);
        PrimaryKey key = KeyRules.item(table.schema(), item, PUT_SIZE);
        ItemWriter.Outcome outcome = ItemWriter.write(catalog, table, key, condition, Responses.returnOldOnFailure(request), old -> item);
        return respond(request, table, key, outcome, returnValues, null);
    }

    public ObjectNode delete(JsonNode request) {
        Table table = Responses.table(catalog, request);
        Responses.refuseLegacy(request);
        PrimaryKey key = KeyRules.key(table.schema(), Responses.item(request, "Key"));
        ReturnValues returnValues = ReturnValues.of(request, true);
        ExpressionInput input = Exprs.input(request, "ConditionExpression");
        Condition condition = Exprs.condition(request, "ConditionExpression", input);
        Exprs.done(input);
        ItemWriter.Outcome outcome = ItemWriter.write(catalog, table, key, condition, Responses.returnOldOnFailure(request), old -> null);
        return respond(request, table, key, outcome, returnValues, null);
    }

    public ObjectNode update(JsonNode request) {
        Table table = Responses.table(catalog, request);
        Responses.refuseLegacy(request);
        TableSchema schema = table.schema();
        Map<String, Value> keyMap = Responses.item(request, "Key");
        PrimaryKey key = KeyRules.key(schema, keyMap);
        ReturnValues returnValues = ReturnValues.of(request, false);
        ExpressionInput input = Exprs.input(request, "UpdateExpression", "ConditionExpression");
        String text = Requests.optionalString(request, "UpdateExpression");
        Update update = text == null ? null : Expressions.update(text, input);
        Condition condition = Exprs.condition(request, "ConditionExpression", input);
        Exprs.done(input);
        Set<String> updated = update == null ? Set.of() : update.topLevelAttributes();
        for (String name : schema.key().all()) {
            if (updated.contains(name)) {
                throw DynamoException.validation("One or more parameter values were invalid: Cannot update attribute " + name
                        + ". This attribute is part of the key");
            }
        }
        ItemWriter.Outcome outcome = ItemWriter.write(catalog, table, key, condition, Responses.returnOldOnFailure(request), old -> {
            Map<String, Value> base = old != null ? old : new LinkedHashMap<>(keyMap);
            Map<String, Value> now = update == null ? base : update.apply(base);
            KeyRules.item(schema, now, UPDATE_SIZE);
            return now;
        });
        return respond(request, table, key, outcome, returnValues, update);
    }

    public ObjectNode get(JsonNode request) {
        Table table = Responses.table(catalog, request);
        PrimaryKey key = KeyRules.key(table.schema(), Responses.item(request, "Key"));
        boolean consistent = Requests.bool(request, "ConsistentRead");
        ExpressionInput input = Exprs.input(request, "ProjectionExpression");
        Projection projection = Exprs.projection(request, input);
        Exprs.done(input);
        Map<String, Value> item = table.get(key);
        ObjectNode response = Responses.object();
        if (item != null) {
            response.set("Item", ValueJson.writeItem(projection == null ? item : projection.apply(item)));
        }
        Capacity capacity = new Capacity(table.name(), false);
        capacity.addTable(Capacity.read(item == null ? 0 : ItemSize.of(item), consistent));
        Responses.capacity(response, capacity, Capacity.mode(request));
        return response;
    }

    private static ObjectNode respond(JsonNode request, Table table, PrimaryKey key, ItemWriter.Outcome outcome,
            ReturnValues returnValues, Update update) {
        ObjectNode response = Responses.object();
        returnValues.write(response, outcome.old(), outcome.now(), update);
        Capacity.Mode mode = Capacity.mode(request);
        if (mode != Capacity.Mode.NONE) {
            Capacity capacity = new Capacity(table.name(), true);
            WriteCosts.add(capacity, table, key, outcome.old(), outcome.now(), 1);
            Responses.capacity(response, capacity, mode);
        }
        return response;
    }
}
