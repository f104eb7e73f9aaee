package io.keysmith.live;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * A Query request of a plan: the key condition built from the filled templates, then page after
 * page until the pattern's limit of main items is reached (included items do not count).
 */
final class PagedQuery {

    private PagedQuery() {
    }

    static PlanRunner.Run run(DynamoDbClient client, PatternPlan request, Table table, AccessPattern pattern,
            Map<String, Object> fill, Predicate<PlanRunner.Returned> isMain) {
        Placeholders p = new Placeholders();
        String keyCondition = keyCondition(request, table, pattern, fill, p);
        String filter = request.filterExpression() == null ? null : ResidualFilter.of(request, pattern, fill, p);
        List<PlanRunner.Returned> items = new ArrayList<>();
        double capacity = 0;
        Map<String, AttributeValue> start = null;
        int mains = 0;
        do {
            QueryRequest.Builder b = QueryRequest.builder().tableName(table.name()).indexName(request.index())
                    .keyConditionExpression(keyCondition).expressionAttributeNames(p.names)
                    .expressionAttributeValues(p.values).scanIndexForward(!Boolean.FALSE.equals(request.scanIndexForward()))
                    .consistentRead(Boolean.TRUE.equals(request.consistentRead()))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).exclusiveStartKey(start);
            if (filter != null) {
                b.filterExpression(filter);
            }
            if (request.limit() != null && request.limit() > 0) {
                b.limit(request.limit());
            }
            QueryResponse r = client.query(b.build());
            capacity += r.consumedCapacity() == null ? 0 : r.consumedCapacity().capacityUnits();
            for (Map<String, AttributeValue> i : r.items()) {
                PlanRunner.Returned item = new PlanRunner.Returned(table.name(), i);
                boolean main = isMain.test(item);
                if (pattern.limit() != null && main && mains >= pattern.limit()) {
                    continue;
                }
                mains += main ? 1 : 0;
                items.add(item);
            }
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null && (pattern.limit() == null || mains < pattern.limit()));
        return new PlanRunner.Run(items, capacity, null);
    }

    /** The key condition expression; a between takes its ends from the pattern's range parameter. */
    private static String keyCondition(PatternPlan request, Table table, AccessPattern pattern, Map<String, Object> fill,
            Placeholders p) {
        List<String> parts = new ArrayList<>();
        Condition ranged = pattern.whereOrEmpty().stream().filter(c -> c.op() != Op.EQ && !c.isConstant()).findFirst().orElse(null);
        for (Map.Entry<String, KeyCondition> k : request.keyCondition().entrySet()) {
            String name = p.name(k.getKey());
            String op = k.getValue().op() == null ? "=" : k.getValue().op();
            List<String> t = KeyValues.templates(k.getValue());
            if (op.equals("between")) {
                String lo = p.value(KeyValues.value(table, k.getKey(), t.get(0), fill, ranged, 0));
                String hi = p.value(KeyValues.value(table, k.getKey(), t.get(t.size() - 1), fill, ranged, 1));
                parts.add(name + " BETWEEN " + lo + " AND " + hi);
            } else if (op.equals("begins_with")) {
                parts.add("begins_with(" + name + ", " + p.value(KeyValues.value(table, k.getKey(), t.get(0), fill, null, null)) + ")");
            } else {
                parts.add(name + " " + op + " " + p.value(KeyValues.value(table, k.getKey(), t.get(0), fill, null, null)));
            }
        }
        return String.join(" AND ", parts);
    }
}
