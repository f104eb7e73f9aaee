package io.keysmith.live;

import io.keysmith.design.Design;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Op;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Runs a pattern's plan as an application would: key templates filled from the request
 * parameters (and, for later requests of a multi-request plan, from the items earlier requests
 * returned), every page read until the pattern's limit is reached.
 */
final class PlanRunner {

    /** The items a plan returned, in order, with the capacity it consumed. */
    record Run(List<Returned> items, double capacity, String problem) {
    }

    /** An item returned by a request, with the table it came from. */
    record Returned(String table, Map<String, AttributeValue> item) {
    }

    private final DynamoDbClient client;
    private final Design design;

    PlanRunner(DynamoDbClient client, Design design) {
        this.client = client;
        this.design = design;
    }

    Run run(PatternPlan plan, AccessPattern pattern, Map<String, Object> params, Predicate<Returned> isMain) {
        List<PatternPlan> requests = plan.requests() != null ? plan.requests() : List.of(plan);
        List<Returned> items = new ArrayList<>();
        double capacity = 0;
        for (PatternPlan r : requests) {
            PatternPlan request = r;
            Table table = table(r.table() == null ? plan.table() : r.table());
            if (table == null) {
                return new Run(items, capacity, "the plan names an unknown table " + r.table());
            }
            List<Map<String, Object>> fills = fills(request, params, items);
            if (fills.isEmpty()) {
                return new Run(items, capacity, "cannot fill the key templates of " + request.operation()
                        + " from the pattern's parameters");
            }
            for (Map<String, Object> fill : fills) {
                Run one = switch (String.valueOf(request.operation())) {
                    case "GetItem", "BatchGetItem" -> get(request, table, fill);
                    case "Query" -> query(request, table, pattern, fill, isMain, items);
                    case "Scan" -> scan(request, table, pattern, fill);
                    default -> new Run(List.of(), 0, "operation " + request.operation() + " is not a read");
                };
                if (one.problem() != null) {
                    return new Run(items, capacity, one.problem());
                }
                items.addAll(one.items());
                capacity += one.capacity();
            }
        }
        return new Run(items, capacity, null);
    }

    /** Values for the templates' placeholders: the parameters, or per earlier item when they name other attributes. */
    private List<Map<String, Object>> fills(PatternPlan request, Map<String, Object> params, List<Returned> earlier) {
        Set<String> needed = new LinkedHashSet<>();
        if (request.keyCondition() != null) {
            request.keyCondition().values().forEach(k -> templates(k).forEach(t -> needed.addAll(KeyTemplate.of(t).attributes())));
        }
        if (params.keySet().containsAll(needed)) {
            return List.of(params);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        Set<Map<String, Object>> seen = new LinkedHashSet<>();
        for (Returned returned : earlier) {
            Map<String, AttributeValue> item = returned.item();
            Map<String, Object> fill = new HashMap<>(params);
            for (String n : needed) {
                if (!fill.containsKey(n) && item.containsKey(n)) {
                    fill.put(n, AttributeValues.plain(item.get(n)));
                }
            }
            if (fill.keySet().containsAll(needed) && seen.add(fill)) {
                out.add(fill);
            }
        }
        return out;
    }

    private static List<String> templates(KeyCondition k) {
        if (k.value() instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(k.value()));
    }

    private Run get(PatternPlan request, Table table, Map<String, Object> fill) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (Map.Entry<String, KeyCondition> e : request.keyCondition().entrySet()) {
            key.put(e.getKey(), value(table, null, e.getKey(), String.valueOf(e.getValue().value()), fill, null, null));
        }
        if (request.operation().equals("BatchGetItem")) {
            BatchGetItemResponse r = client.batchGetItem(b -> b.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .requestItems(Map.of(table.name(), KeysAndAttributes.builder().keys(List.of(key))
                            .consistentRead(Boolean.TRUE.equals(request.consistentRead())).build())));
            return new Run(r.responses().getOrDefault(table.name(), List.of()).stream()
                    .map(i -> new Returned(table.name(), i)).toList(), units(r.consumedCapacity()), null);
        }
        var r = client.getItem(b -> b.tableName(table.name()).key(key).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .consistentRead(Boolean.TRUE.equals(request.consistentRead())));
        return new Run(r.hasItem() && !r.item().isEmpty() ? List.of(new Returned(table.name(), r.item())) : List.of(),
                r.consumedCapacity() == null ? 0 : r.consumedCapacity().capacityUnits(), null);
    }

    private Run query(PatternPlan request, Table table, AccessPattern pattern, Map<String, Object> fill,
            Predicate<Returned> isMain, List<Returned> earlier) {
        Expression e = new Expression();
        List<String> parts = new ArrayList<>();
        Condition ranged = pattern.whereOrEmpty().stream().filter(c -> c.op() != Op.EQ && !c.isConstant()).findFirst().orElse(null);
        for (Map.Entry<String, KeyCondition> k : request.keyCondition().entrySet()) {
            String name = e.name(k.getKey());
            String op = k.getValue().op() == null ? "=" : k.getValue().op();
            List<String> t = templates(k.getValue());
            if (op.equals("between")) {
                String lo = e.value(value(table, request.index(), k.getKey(), t.get(0), fill, ranged, 0));
                String hi = e.value(value(table, request.index(), k.getKey(), t.get(t.size() - 1), fill, ranged, 1));
                parts.add(name + " BETWEEN " + lo + " AND " + hi);
            } else if (op.equals("begins_with")) {
                parts.add("begins_with(" + name + ", " + e.value(value(table, request.index(), k.getKey(), t.get(0), fill, null, null)) + ")");
            } else {
                parts.add(name + " " + op + " " + e.value(value(table, request.index(), k.getKey(), t.get(0), fill, null, null)));
            }
        }
        String filter = request.filterExpression() == null ? null : residualFilter(request, pattern, fill, e);
        List<Returned> items = new ArrayList<>();
        double capacity = 0;
        Map<String, AttributeValue> start = null;
        int mains = 0;
        do {
            QueryRequest.Builder b = QueryRequest.builder().tableName(table.name()).indexName(request.index())
                    .keyConditionExpression(String.join(" AND ", parts)).expressionAttributeNames(e.names)
                    .expressionAttributeValues(e.values).scanIndexForward(!Boolean.FALSE.equals(request.scanIndexForward()))
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
                Returned item = new Returned(table.name(), i);
                boolean main = isMain.test(item);
                if (pattern.limit() != null && main && mains >= pattern.limit()) {
                    continue;
                }
                mains += main ? 1 : 0;
                items.add(item);
            }
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null && (pattern.limit() == null || mains < pattern.limit()));
        return new Run(items, capacity, null);
    }

    private Run scan(PatternPlan request, Table table, AccessPattern pattern, Map<String, Object> fill) {
        Expression e = new Expression();
        String filter = residualFilter(request, pattern, fill, e);
        List<Returned> items = new ArrayList<>();
        double capacity = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder b = ScanRequest.builder().tableName(table.name()).indexName(request.index())
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).exclusiveStartKey(start);
            if (filter != null) {
                b.filterExpression(filter).expressionAttributeNames(e.names).expressionAttributeValues(e.values);
            }
            ScanResponse r = client.scan(b.build());
            capacity += r.consumedCapacity() == null ? 0 : r.consumedCapacity().capacityUnits();
            r.items().forEach(i -> items.add(new Returned(table.name(), i)));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return new Run(items, capacity, null);
    }

    /**
     * The plan says it filters; the filter applied is the model's: its filter conditions and the
     * where conditions the key condition does not name.
     */
    private static String residualFilter(PatternPlan request, AccessPattern pattern, Map<String, Object> fill, Expression e) {
        Set<String> inKeys = new LinkedHashSet<>();
        if (request.keyCondition() != null) {
            request.keyCondition().values().forEach(k -> templates(k).forEach(t -> inKeys.addAll(KeyTemplate.of(t).attributes())));
        }
        List<String> parts = new ArrayList<>();
        List<Condition> all = new ArrayList<>(pattern.whereOrEmpty());
        all.addAll(pattern.filterOrEmpty());
        for (Condition c : all) {
            if (inKeys.contains(c.attribute()) && pattern.whereOrEmpty().contains(c)) {
                continue;
            }
            Object v = c.isConstant() ? c.value() : fill.get(c.attribute());
            if (v == null) {
                continue;
            }
            String n = e.name(c.attribute());
            parts.add(switch (c.op()) {
                case BETWEEN -> n + " BETWEEN " + e.value(AttributeValues.of(((List<?>) v).get(0))) + " AND "
                        + e.value(AttributeValues.of(((List<?>) v).get(1)));
                case BEGINS_WITH -> "begins_with(" + n + ", " + e.value(AttributeValues.of(v)) + ")";
                default -> n + " " + c.op().json() + " " + e.value(AttributeValues.of(v));
            });
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** A key template filled and typed; {@code bound} picks the low (0) or high (1) end of a between parameter. */
    private AttributeValue value(Table table, String index, String keyName, String template, Map<String, Object> fill,
            Condition ranged, Integer bound) {
        Map<String, Object> values = new HashMap<>(fill);
        if (ranged != null && bound != null && fill.get(ranged.attribute()) instanceof List<?> range) {
            values.put(ranged.attribute(), range.get(bound));
        }
        String text = KeyTemplate.of(template).fill(values).text();
        String type = keyType(table, keyName);
        if ("N".equals(type)) {
            return AttributeValue.fromN(new BigDecimal(text).toPlainString());
        }
        return AttributeValue.fromS(text);
    }

    private static String keyType(Table t, String name) {
        List<KeyAttribute> keys = new ArrayList<>();
        keys.add(t.partitionKey());
        keys.add(t.sortKey());
        for (SecondaryIndex i : t.globalSecondaryIndexes()) {
            keys.add(i.partitionKey());
            keys.add(i.sortKey());
        }
        for (SecondaryIndex i : t.localSecondaryIndexes()) {
            keys.add(i.sortKey());
        }
        return keys.stream().filter(k -> k != null && k.name().equals(name)).map(KeyAttribute::type).findFirst().orElse("S");
    }

    private Table table(String name) {
        return design.tables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElse(design.tables().size() == 1 && name == null ? design.tables().get(0) : null);
    }

    private static double units(List<ConsumedCapacity> list) {
        return list == null ? 0 : list.stream().mapToDouble(c -> c.capacityUnits() == null ? 0 : c.capacityUnits()).sum();
    }

    /** Placeholders for attribute names and values of one request. */
    private static final class Expression {
        final Map<String, String> names = new LinkedHashMap<>();
        final Map<String, AttributeValue> values = new LinkedHashMap<>();

        String name(String attribute) {
            for (Map.Entry<String, String> e : names.entrySet()) {
                if (e.getValue().equals(attribute)) {
                    return e.getKey();
                }
            }
            String key = "#n" + names.size();
            names.put(key, attribute);
            return key;
        }

        String value(AttributeValue v) {
            String key = ":v" + values.size();
            values.put(key, v);
            return key;
        }
    }
}
