package io.keysmith.live;

import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.model.AccessPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** A Scan request of a plan: the model's conditions as a filter, every page read. */
final class PagedScan {

    private PagedScan() {
    }

    static PlanRunner.Run run(DynamoDbClient client, PatternPlan request, Table table, AccessPattern pattern,
            Map<String, Object> fill) {
        Placeholders p = new Placeholders();
        String filter = ResidualFilter.of(request, pattern, fill, p);
        List<PlanRunner.Returned> items = new ArrayList<>();
        double capacity = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder b = ScanRequest.builder().tableName(table.name()).indexName(request.index())
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).exclusiveStartKey(start);
            if (filter != null) {
                b.filterExpression(filter).expressionAttributeNames(p.names).expressionAttributeValues(p.values);
            }
            ScanResponse r = client.scan(b.build());
            capacity += r.consumedCapacity() == null ? 0 : r.consumedCapacity().capacityUnits();
            r.items().forEach(i -> items.add(new PlanRunner.Returned(table.name(), i)));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return new PlanRunner.Run(items, capacity, null);
    }
}
