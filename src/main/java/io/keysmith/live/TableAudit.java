package io.keysmith.live;

import io.keysmith.data.RenderedItem;
import io.keysmith.design.Design;
import io.keysmith.design.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Compares every item of the write sequence's tables with the items the design says the live
 * instances have: what no read pattern looks at (a marker a delete left behind, a stale key on an
 * item no index query returns, a refused write that changed something) shows here.
 */
final class TableAudit {

    private final DynamoDbClient client;
    private final Design design;

    TableAudit(DynamoDbClient client, Design design) {
        this.client = client;
        this.design = design;
    }

    /** The first difference between the tables and the expected items, or null when they hold exactly those. */
    String differences(List<RenderedItem> expected) {
        Map<List<Object>, RenderedItem> wanted = new HashMap<>();
        expected.forEach(i -> wanted.put(PrimaryKey.of(design, i), i));
        int found = 0;
        for (Table t : design.tables()) {
            for (Map<String, AttributeValue> item : client.scanPaginator(b -> b.tableName(t.name()).consistentRead(true)).items()) {
                Map<String, Object> plain = ProgramReads.plain(item);
                List<Object> key = PrimaryKey.of(t, plain);
                RenderedItem want = wanted.get(key);
                if (want == null) {
                    return "the table holds an item the model's instances do not have: " + key.subList(1, key.size()) + " " + plain;
                }
                String problem = ItemContent.differences(item, want, true);
                if (problem != null) {
                    return "the " + want.instance().entity() + " item " + key.subList(1, key.size()) + " " + problem;
                }
                found++;
            }
        }
        if (found != wanted.size()) {
            Map<List<Object>, RenderedItem> missing = new HashMap<>(wanted);
            for (Table t : design.tables()) {
                client.scanPaginator(b -> b.tableName(t.name()).consistentRead(true)).items()
                        .forEach(i -> missing.remove(PrimaryKey.of(t, ProgramReads.plain(i))));
            }
            Map.Entry<List<Object>, RenderedItem> first = missing.entrySet().iterator().next();
            return "the table lacks the " + first.getValue().instance().entity() + " item "
                    + first.getKey().subList(1, first.getKey().size()) + " (" + missing.size() + " missing)";
        }
        return null;
    }
}
