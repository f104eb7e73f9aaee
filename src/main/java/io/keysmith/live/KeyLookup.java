package io.keysmith.live;

import io.keysmith.design.KeyCondition;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** A GetItem or BatchGetItem request of a plan: one full primary key, filled and sent. */
final class KeyLookup {

    private KeyLookup() {
    }

    static PlanRunner.Run run(DynamoDbClient client, PatternPlan request, Table table, Map<String, Object> fill) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (Map.Entry<String, KeyCondition> e : request.keyCondition().entrySet()) {
            key.put(e.getKey(), KeyValues.value(table, e.getKey(), String.valueOf(e.getValue().value()), fill, null, null));
        }
        boolean consistent = Boolean.TRUE.equals(request.consistentRead());
        if (request.operation().equals("BatchGetItem")) {
            BatchGetItemResponse r = client.batchGetItem(b -> b.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .requestItems(Map.of(table.name(), KeysAndAttributes.builder().keys(List.of(key)).consistentRead(consistent).build())));
            return new PlanRunner.Run(r.responses().getOrDefault(table.name(), List.of()).stream()
                    .map(i -> new PlanRunner.Returned(table.name(), i)).toList(), units(r.consumedCapacity()), null);
        }
        GetItemResponse r = client.getItem(b -> b.tableName(table.name()).key(key)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).consistentRead(consistent));
        return new PlanRunner.Run(r.hasItem() && !r.item().isEmpty() ? List.of(new PlanRunner.Returned(table.name(), r.item())) : List.of(),
                r.consumedCapacity() == null ? 0 : r.consumedCapacity().capacityUnits(), null);
    }

    private static double units(List<ConsumedCapacity> list) {
        return list == null ? 0 : list.stream().mapToDouble(c -> c.capacityUnits() == null ? 0 : c.capacityUnits()).sum();
    }
}
