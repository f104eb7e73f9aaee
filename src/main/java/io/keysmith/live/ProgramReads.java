package io.keysmith.live;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.Table;
import io.keysmith.design.program.ProgramRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The read steps of a write program: a GetItem of one key, or a Query or Scan keeping the first
 * item whose {@code filter} attributes equal the parameters, reading page after page until one
 * is found. Empty when nothing is found (or a key cannot be rendered). A collecting step
 * ({@code collect}) reads every page and keeps every such item.
 */
final class ProgramReads {

    private ProgramReads() {
    }

    static Optional<Map<String, AttributeValue>> find(DynamoDbClient client, ProgramRequest r, Table table,
            ProgramScopes scopes, Map<String, Object> params) {
        return read(client, r, table, scopes, params, false).stream().findFirst();
    }

    /** Every item the step's Query or Scan finds on every page, for a collecting step. */
    static List<Map<String, AttributeValue>> collect(DynamoDbClient client, ProgramRequest r, Table table,
            ProgramScopes scopes, Map<String, Object> params) {
        return read(client, r, table, scopes, params, true);
    }

    private static List<Map<String, AttributeValue>> read(DynamoDbClient client, ProgramRequest r, Table table,
            ProgramScopes scopes, Map<String, Object> params, boolean all) {
        Map<String, Object> values = scopes.values(r.keyScope());
        boolean consistent = Boolean.TRUE.equals(r.consistentRead());
        return switch (r.operation()) {
            case GET_ITEM -> ProgramRunner.key(table, r.key(), values).map(key -> {
                var got = client.getItem(b -> b.tableName(table.name()).key(key).consistentRead(consistent));
                return got.hasItem() && !got.item().isEmpty() ? List.of(got.item()) : List.<Map<String, AttributeValue>>of();
            }).orElse(List.of());
            case QUERY -> query(client, r, table, values, params, consistent, all);
            case SCAN -> scan(client, r, table, params, all);
            default -> throw new IllegalStateException(r.operation().json() + " is not a read");
        };
    }

    private static List<Map<String, AttributeValue>> query(DynamoDbClient client, ProgramRequest r, Table table,
            Map<String, Object> values, Map<String, Object> params, boolean consistent, boolean all) {
        Placeholders p = new Placeholders();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, KeyCondition> k : r.keyCondition().entrySet()) {
            Optional<AttributeValue> v = TemplateValues.of(table, k.getKey(), String.valueOf(k.getValue().value()), values);
            if (v.isEmpty()) {
                return List.of();
            }
            String op = k.getValue().op() == null ? "=" : k.getValue().op();
            parts.add(op.equals("begins_with") ? "begins_with(" + p.name(k.getKey()) + ", " + p.value(v.get()) + ")"
                    : p.name(k.getKey()) + " " + op + " " + p.value(v.get()));
        }
        String filter = filter(r, params, p);
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = client.query(QueryRequest.builder().tableName(table.name()).indexName(r.index())
                    .keyConditionExpression(String.join(" AND ", parts)).filterExpression(filter)
                    .expressionAttributeNames(p.names).expressionAttributeValues(p.values)
                    .consistentRead(consistent && r.index() == null).exclusiveStartKey(start).build());
            found.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && (all || found.isEmpty()));
        return all || found.isEmpty() ? found : List.of(found.get(0));
    }

    private static List<Map<String, AttributeValue>> scan(DynamoDbClient client, ProgramRequest r, Table table,
            Map<String, Object> params, boolean all) {
        Placeholders p = new Placeholders();
        String filter = filter(r, params, p);
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder b = ScanRequest.builder().tableName(table.name()).indexName(r.index()).exclusiveStartKey(start);
            if (filter != null) {
                b.filterExpression(filter).expressionAttributeNames(p.names).expressionAttributeValues(p.values);
            }
            ScanResponse page = client.scan(b.build());
            found.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && (all || found.isEmpty()));
        return all || found.isEmpty() ? found : List.of(found.get(0));
    }

    /** {@code #a = :v AND ...} for the filter attributes that have parameters, or null. */
    private static String filter(ProgramRequest r, Map<String, Object> params, Placeholders p) {
        if (r.filter() == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String a : r.filter()) {
            if (params.get(a) != null) {
                parts.add(p.name(a) + " = " + p.value(AttributeValues.of(params.get(a))));
            }
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    static Map<String, Object> plain(Map<String, AttributeValue> item) {
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((k, v) -> out.put(k, AttributeValues.plain(v)));
        return out;
    }
}
