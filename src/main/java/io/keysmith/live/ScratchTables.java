package io.keysmith.live;

import io.keysmith.data.RenderedItem;
import io.keysmith.design.Design;
import io.keysmith.design.PatternPlan;
import io.keysmith.design.Table;
import io.keysmith.export.TableSpec;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * A copy of the design's tables, under names no seed uses ({@code TABLE-keysmith-verify}), for the
 * write sequence: its creates, updates and deletes never meet the seeded items, so a second
 * apply finds the table it left and the reads after each write see only the sequence's data.
 * A copy left by an interrupted run is dropped first; the copy is dropped at the end.
 */
final class ScratchTables implements AutoCloseable {

    static final String SUFFIX = "-keysmith-verify";

    private final DynamoDbClient client;
    private final Design design;
    private final Model model;

    ScratchTables(DynamoDbClient client, Design original, Model model) {
        this.client = client;
        this.model = model;
        this.design = renamed(original, n -> n == null ? null : n + SUFFIX);
    }

    /** The design as it reads with the copies' names: tables, read plans and programs. */
    Design design() {
        return design;
    }

    List<String> names() {
        return design.tables().stream().map(Table::name).toList();
    }

    ScratchTables create() {
        drop();
        for (Table t : design.tables()) {
            client.createTable(TableSchema.createRequest(TableSpec.of(t, design, model)));
            client.waiter().waitUntilTableExists(b -> b.tableName(t.name()));
        }
        return this;
    }

    /** Empties the copies and writes the given items (after a failed step, the oracle's state again). */
    void reset(List<RenderedItem> items) {
        for (Table t : design.tables()) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            client.scanPaginator(b -> b.tableName(t.name())).items().forEach(i -> keys.add(key(t, i)));
            for (Map<String, AttributeValue> k : keys) {
                client.deleteItem(b -> b.tableName(t.name()).key(k));
            }
        }
        write(items);
    }

    void write(List<RenderedItem> items) {
        new SeedWriter(client, 4).write(items.stream()
                .map(i -> new SeedWriter.TableItem(i.table(), AttributeValues.item(i.attributes()))).toList(),
                SeedListener.NONE, new CancelToken());
    }

    private static Map<String, AttributeValue> key(Table t, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new java.util.LinkedHashMap<>();
        key.put(t.partitionKey().name(), item.get(t.partitionKey().name()));
        if (t.sortKey() != null) {
            key.put(t.sortKey().name(), item.get(t.sortKey().name()));
        }
        return key;
    }

    private void drop() {
        for (Table t : design.tables()) {
            try {
                client.deleteTable(b -> b.tableName(t.name()));
                client.waiter().waitUntilTableNotExists(b -> b.tableName(t.name()));
            } catch (ResourceNotFoundException e) {
                // not there: nothing left by an earlier run
            }
        }
    }

    @Override
    public void close() {
        drop();
    }

    static Design renamed(Design d, UnaryOperator<String> name) {
        List<Table> tables = d.tables().stream().map(t -> new Table(name.apply(t.name()), t.partitionKey(), t.sortKey(),
                t.globalSecondaryIndexes(), t.localSecondaryIndexes(), t.billingMode(), t.ttlAttribute(), t.items(),
                t.provisioned(), t.streamEnabled())).toList();
        List<PatternPlan> plans = d.accessPatterns().stream().map(p -> renamed(p, name)).toList();
        return new Design(d.format(), d.model(), d.style(), tables, plans, d.denormalizations(), d.warnings(), d.steps(), d.cost());
    }

    private static PatternPlan renamed(PatternPlan p, UnaryOperator<String> name) {
        return new PatternPlan(p.id(), name.apply(p.table()), p.index(), p.operation(), p.keyCondition(), p.scanIndexForward(),
                p.consistentRead(), p.limit(), p.filterExpression(), p.conditionExpression(), p.updateExpression(), p.readUnits(),
                p.writeUnits(), p.monthlyCost(), p.rule(), p.verdict(),
                p.requests() == null ? null : p.requests().stream().map(r -> renamed(r, name)).toList(), p.intermediate(),
                p.program() == null ? null : p.program().stream().map(r -> r.onTable(name)).toList(), p.shards());
    }
}
