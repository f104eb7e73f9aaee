package io.keysmith.local.dynalite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Runs one request on one implementation and describes the answer as canonical text, so that two
 * implementations agree exactly when their texts are equal. What DynamoDB leaves unordered is
 * sorted: Scan results across partitions (a paged or segmented Scan is read to the end and its
 * items sorted), items of an index query with equal index keys, BatchGetItem responses and set
 * elements. A refusal is its error code only (messages: see {@link KnownDifference}).
 */
final class Outcomes {

    private static final int MAX_PAGES = 200;

    private Outcomes() {
    }

    static String run(DynamoDbClient client, SdkRequest request) {
        try {
            return switch (request) {
                case PutItemRequest put -> "Attributes=" + Canonical.item(client.putItem(put).attributes());
                case UpdateItemRequest update -> "Attributes=" + Canonical.item(client.updateItem(update).attributes());
                case DeleteItemRequest delete -> "Attributes=" + Canonical.item(client.deleteItem(delete).attributes());
                case GetItemRequest get -> item(client.getItem(get));
                case QueryRequest query when query.indexName() == null -> tableQuery(client, query);
                case QueryRequest query -> indexQuery(client, query);
                case ScanRequest scan -> scan(client, scan);
                case BatchWriteItemRequest batch -> "Unprocessed=" + client.batchWriteItem(batch).unprocessedItems().size();
                case BatchGetItemRequest batch -> batchGet(client.batchGetItem(batch));
                default -> throw new IllegalArgumentException("not generated: " + request);
            };
        } catch (DynamoDbException refused) {
            return "error " + refused.awsErrorDetails().errorCode();
        }
    }

    /** Every item of the table, sorted: the state both implementations must share. */
    static List<String> contents(DynamoDbClient client, String table) {
        List<String> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = client.scan(r -> r.tableName(table).consistentRead(true).exclusiveStartKey(from));
            items.addAll(Canonical.items(page.items()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        items.sort(Comparator.naturalOrder());
        return items;
    }

    private static String item(GetItemResponse response) {
        return response.hasItem() ? "Item=" + Canonical.item(response.item()) : "no Item";
    }

    /** A table query is deterministic: every page, with its counts and LastEvaluatedKey. */
    private static String tableQuery(DynamoDbClient client, QueryRequest query) {
        StringBuilder pages = new StringBuilder();
        QueryRequest next = query;
        for (int page = 0; page < MAX_PAGES; page++) {
            QueryResponse response = client.query(next);
            pages.append("page ").append(page).append(": Items=").append(Canonical.items(response.items()))
                    .append(" Count=").append(response.count()).append(" ScannedCount=").append(response.scannedCount())
                    .append(" LastEvaluatedKey=").append(response.hasLastEvaluatedKey() ? Canonical.item(response.lastEvaluatedKey()) : "none")
                    .append('\n');
            if (!response.hasLastEvaluatedKey()) {
                return pages.toString();
            }
            next = next.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
        }
        return pages.append("more than ").append(MAX_PAGES).append(" pages").toString();
    }

    /** An index query read to the end; items with equal index keys are in no documented order, so they are sorted. */
    private static String indexQuery(DynamoDbClient client, QueryRequest query) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        long count = 0;
        long scanned = 0;
        QueryRequest next = query;
        for (int page = 0; page < MAX_PAGES; page++) {
            QueryResponse response = client.query(next);
            items.addAll(response.items());
            count += response.count();
            scanned += response.scannedCount();
            if (!response.hasLastEvaluatedKey()) {
                break;
            }
            next = next.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
        }
        String sortKey = RandomOperations.GSI.equals(query.indexName()) ? "gsk" : "lsk";
        Map<String, List<String>> groups = new TreeMap<>();
        List<String> ordered = new ArrayList<>();
        String previous = null;
        for (Map<String, AttributeValue> item : items) {
            String key = item.containsKey(sortKey) ? Canonical.value(item.get(sortKey)) : "";
            if (!key.equals(previous) && previous != null) {
                flush(groups, previous, ordered);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(Canonical.item(item));
            previous = key;
        }
        if (previous != null) {
            flush(groups, previous, ordered);
        }
        return "Items=" + ordered + " Count=" + count + " ScannedCount=" + scanned;
    }

    private static void flush(Map<String, List<String>> groups, String key, List<String> ordered) {
        List<String> group = groups.remove(key);
        group.sort(Comparator.naturalOrder());
        ordered.add(String.join(" | ", group));
    }

    /** A Scan (each segment) read to the end; the items sorted, the counts added. */
    private static String scan(DynamoDbClient client, ScanRequest scan) {
        List<String> items = new ArrayList<>();
        long count = 0;
        long scanned = 0;
        int segments = scan.totalSegments() == null ? 1 : scan.totalSegments();
        for (int segment = 0; segment < segments; segment++) {
            ScanRequest next = scan.totalSegments() == null ? scan : scan.toBuilder().segment(segment).build();
            for (int page = 0; page < MAX_PAGES; page++) {
                ScanResponse response = client.scan(next);
                items.addAll(Canonical.items(response.items()));
                count += response.count();
                scanned += response.scannedCount();
                if (!response.hasLastEvaluatedKey()) {
                    break;
                }
                next = next.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
            }
        }
        items.sort(Comparator.naturalOrder());
        return "Items=" + items + " Count=" + count + " ScannedCount=" + scanned;
    }

    private static String batchGet(BatchGetItemResponse response) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(response.responses()).forEach((table, items) -> {
            List<String> sorted = new ArrayList<>(Canonical.items(items));
            sorted.sort(Comparator.naturalOrder());
            text.append(table).append('=').append(sorted).append(' ');
        });
        return text.append("UnprocessedKeys=").append(response.unprocessedKeys().size()).toString();
    }
}
