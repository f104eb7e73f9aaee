package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.expr.KeyCondition;
import io.keysmith.local.table.KeySchema;
import io.keysmith.local.value.Value;
import io.keysmith.local.value.ValueJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The legacy KeyConditions parameter of Query ({@code {"pk": {"ComparisonOperator": "EQ", "AttributeValueList": [...]}}}). */
final class LegacyKeyConditions {

    private LegacyKeyConditions() {}

    static KeyCondition parse(JsonNode conditions, KeySchema key) {
        List<Value> hash = new ArrayList<>();
        for (String name : key.hash()) {
            JsonNode c = conditions.get(name);
            if (c == null || !"EQ".equals(c.path("ComparisonOperator").asString())) {
                throw DynamoException.validation("Query condition missed key schema element: " + name);
            }
            hash.add(values(c).get(0));
        }
        KeyCondition.SortCondition sort = null;
        for (Map.Entry<String, JsonNode> e : conditions.properties()) {
            if (key.hash().contains(e.getKey())) {
                continue;
            }
            if (!key.range().contains(e.getKey())) {
                throw DynamoException.validation("Query condition missed key schema element: " + key.rangeName());
            }
            List<Value> values = values(e.getValue());
            String op = e.getValue().path("ComparisonOperator").asString();
            KeyCondition.Op kind = switch (op) {
                case "EQ" -> KeyCondition.Op.EQ;
                case "LT" -> KeyCondition.Op.LT;
                case "LE" -> KeyCondition.Op.LE;
                case "GT" -> KeyCondition.Op.GT;
                case "GE" -> KeyCondition.Op.GE;
                case "BETWEEN" -> KeyCondition.Op.BETWEEN;
                case "BEGINS_WITH" -> KeyCondition.Op.BEGINS_WITH;
                default -> throw DynamoException.validation("Attempted conditional constraint is not an indexable operation");
            };
            int expected = kind == KeyCondition.Op.BETWEEN ? 2 : 1;
            if (values.size() != expected) {
                throw DynamoException.validation("One or more parameter values were invalid: Invalid number of argument(s) for the " + op + " ComparisonOperator");
            }
            sort = new KeyCondition.SortCondition(kind, values.get(0), expected == 2 ? values.get(1) : null);
        }
        return new KeyCondition(hash, List.of(), sort);
    }

    private static List<Value> values(JsonNode condition) {
        List<Value> values = new ArrayList<>();
        condition.path("AttributeValueList").forEach(v -> values.add(ValueJson.read(v)));
        if (values.isEmpty()) {
            throw DynamoException.validation("One or more parameter values were invalid: Invalid number of argument(s) for the "
                    + condition.path("ComparisonOperator").asString() + " ComparisonOperator");
        }
        return values;
    }
}
