package io.keysmith.local.ops;

import io.keysmith.local.store.IndexStore;
import io.keysmith.local.store.Table;
import io.keysmith.local.table.BillingMode;
import io.keysmith.local.table.IndexSchema;
import io.keysmith.local.table.TableSchema;
import io.keysmith.local.table.TableSchemaJson;
import io.keysmith.local.table.Throughput;
import java.math.BigDecimal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A table's TableDescription as DescribeTable, CreateTable, UpdateTable and DeleteTable return it. */
final class TableDescriptions {

    private TableDescriptions() {}

    static ObjectNode describe(Table table, String status) {
        TableSchema schema = table.schema();
        ObjectNode d = Responses.object();
        d.set("AttributeDefinitions", TableSchemaJson.attributeDefinitionsJson(schema.attributes()));
        d.put("TableName", schema.name());
        d.set("KeySchema", TableSchemaJson.keySchemaJson(schema.key()));
        d.put("TableStatus", status);
        d.put("CreationDateTime", BigDecimal.valueOf(schema.createdMillis(), 3));
        d.set("ProvisionedThroughput", throughput(schema.throughput()));
        d.put("TableSizeBytes", table.sizeBytes());
        d.put("ItemCount", table.itemCount());
        d.put("TableArn", schema.arn());
        d.put("TableId", schema.id());
        d.putObject("BillingModeSummary").put("BillingMode", schema.billing().name())
                .put("LastUpdateToPayPerRequestDateTime", BigDecimal.valueOf(schema.createdMillis(), 3));
        if (schema.billing() == BillingMode.PROVISIONED) {
            ((ObjectNode) d.get("BillingModeSummary")).remove("LastUpdateToPayPerRequestDateTime");
        }
        ArrayNode globals = Responses.object().arrayNode();
        ArrayNode locals = Responses.object().arrayNode();
        for (IndexStore store : table.indexes()) {
            IndexSchema index = store.schema();
            ObjectNode i = (index.global() ? globals : locals).addObject();
            i.put("IndexName", index.name());
            i.set("KeySchema", TableSchemaJson.keySchemaJson(index.key()));
            i.set("Projection", TableSchemaJson.projectionJson(index));
            if (index.global()) {
                i.put("IndexStatus", "ACTIVE");
                i.set("ProvisionedThroughput", throughput(index.throughput()));
            }
            i.put("IndexSizeBytes", store.sizeBytes());
            i.put("ItemCount", store.itemCount());
            i.put("IndexArn", schema.arn() + "/index/" + index.name());
        }
        if (!globals.isEmpty()) {
            d.set("GlobalSecondaryIndexes", globals);
        }
        if (!locals.isEmpty()) {
            d.set("LocalSecondaryIndexes", locals);
        }
        d.put("DeletionProtectionEnabled", schema.deletionProtection());
        return d;
    }

    private static ObjectNode throughput(Throughput t) {
        ObjectNode p = Responses.object();
        p.put("NumberOfDecreasesToday", 0);
        p.put("ReadCapacityUnits", t.read());
        p.put("WriteCapacityUnits", t.write());
        return p;
    }
}
