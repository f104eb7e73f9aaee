package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.expr.Condition;
import io.keysmith.local.expr.ExpressionInput;
import io.keysmith.local.expr.Expressions;
import io.keysmith.local.expr.Update;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.PrimaryKey;
import io.keysmith.local.store.Table;
import io.keysmith.local.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** One action of TransactWriteItems (ConditionCheck, Put, Delete or Update), parsed and validated. */
record TransactAction(Kind kind, Table table, PrimaryKey key, Map<String, Value> keyMap, Map<String, Value> item,
        Update update, Condition condition, boolean returnOld) {

    enum Kind { ConditionCheck, Put, Delete, Update }

    static TransactAction parse(Catalog catalog, JsonNode element) {
        Kind kind = null;
        JsonNode body = null;
        for (Kind k : Kind.values()) {
            JsonNode node = Requests.object(element, k.name());
            if (node != null) {
                if (kind != null) {
                    throw DynamoException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
                }
                kind = k;
                body = node;
            }
        }
        if (kind == null) {
            throw DynamoException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
        }
        Table table = Responses.table(catalog, body);
        String updateText = kind == Kind.Update ? Requests.string(body, "UpdateExpression") : null;
        if (kind == Kind.ConditionCheck) {
            Requests.string(body, "ConditionExpression");
        }
        ExpressionInput input = Exprs.input(body, "ConditionExpression", "UpdateExpression");
        Update update = updateText == null ? null : Expressions.update(updateText, input);
        Condition condition = Exprs.condition(body, "ConditionExpression", input);
        Exprs.done(input);
        boolean returnOld = Responses.returnOldOnFailure(body);
        if (kind == Kind.Put) {
            Map<String, Value> item = Responses.item(body, "Item");
            PrimaryKey key = KeyRules.item(table.schema(), item, ItemOps.PUT_SIZE);
            return new TransactAction(kind, table, key, key.toMap(table.schema().key()), item, null, condition, returnOld);
        }
        Map<String, Value> keyMap = Responses.item(body, "Key");
        PrimaryKey key = KeyRules.key(table.schema(), keyMap);
        if (update != null) {
            Set<String> updated = update.topLevelAttributes();
            for (String name : table.schema().key().all()) {
                if (updated.contains(name)) {
                    throw DynamoException.validation("One or more parameter values were invalid: Cannot update attribute " + name
                            + ". This attribute is part of the key");
                }
            }
        }
        return new TransactAction(kind, table, key, keyMap, null, update, condition, returnOld);
    }

    /** The item after this action given the current one (the current one itself for a ConditionCheck). */
    Map<String, Value> after(Map<String, Value> old) {
        return switch (kind) {
            case ConditionCheck -> old;
            case Put -> item;
            case Delete -> null;
            case Update -> {
                Map<String, Value> now = update.apply(old != null ? old : new LinkedHashMap<>(keyMap));
                KeyRules.item(table.schema(), now, ItemOps.UPDATE_SIZE);
                yield now;
            }
        };
    }
}
