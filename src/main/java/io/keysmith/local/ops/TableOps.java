package io.keysmith.local.ops;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import io.keysmith.local.store.Catalog;
import io.keysmith.local.store.Table;
import io.keysmith.local.table.BillingMode;
import io.keysmith.local.table.IndexKind;
import io.keysmith.local.table.IndexSchema;
import io.keysmith.local.table.ScalarType;
import io.keysmith.local.table.SchemaRules;
import io.keysmith.local.table.TableSchema;
import io.keysmith.local.table.TableSchemaJson;
import io.keysmith.local.table.Throughput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** CreateTable, DescribeTable, ListTables, DeleteTable and UpdateTable. */
public final class TableOps {

    private final Catalog catalog;

    public TableOps(Catalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode create(JsonNode request) {
        Table table = catalog.create(TableSchemaJson.fromCreateTable(request, System.currentTimeMillis()));
        ObjectNode response = Responses.object();
        response.set("TableDescription", TableDescriptions.describe(table, "ACTIVE"));
        return response;
    }

    public ObjectNode describe(JsonNode request) {
        String name = Requests.tableName(request, "TableName");
        Table table = catalog.require(name, "Requested resource not found: Table: " + name + " not found");
        ObjectNode response = Responses.object();
        response.set("Table", TableDescriptions.describe(table, "ACTIVE"));
        return response;
    }

    public ObjectNode list(JsonNode request) {
        String start = Requests.optionalString(request, "ExclusiveStartTableName");
        Integer limit = Requests.optionalInt(request, "Limit", 1, 100);
        int max = limit == null ? 100 : limit;
        List<String> names = catalog.names().stream().filter(n -> start == null || n.compareTo(start) > 0).toList();
        ObjectNode response = Responses.object();
        ArrayNode out = response.putArray("TableNames");
        names.stream().limit(max).forEach(out::add);
        if (names.size() > max) {
            response.put("LastEvaluatedTableName", names.get(max - 1));
        }
        return response;
    }

    public ObjectNode delete(JsonNode request) {
        String name = Requests.tableName(request, "TableName");
        Table protectedTable = catalog.require(name, "Requested resource not found: Table: " + name + " not found");
        if (protectedTable.schema().deletionProtection()) {
            throw DynamoException.validation("Resource cannot be deleted as it is currently protected against deletion."
                    + " Disable deletion protection first.");
        }
        Table table = catalog.drop(name, "Requested resource not found: Table: " + name + " not found");
        ObjectNode response = Responses.object();
        response.set("TableDescription", TableDescriptions.describe(table, "DELETING"));
        return response;
    }

    public ObjectNode update(JsonNode request) {
        Table table = Responses.table(catalog, request);
        catalog.underDdl(() -> {
            catalog.update(table, updated(table.schema(), request));
            return null;
        });
        ObjectNode response = Responses.object();
        response.set("TableDescription", TableDescriptions.describe(table, "ACTIVE"));
        return response;
    }

    private static TableSchema updated(TableSchema schema, JsonNode request) {
        JsonNode updates = Requests.array(request, "GlobalSecondaryIndexUpdates");
        JsonNode protection = request.get("DeletionProtectionEnabled");
        if (updates == null && request.get("BillingMode") == null && request.get("ProvisionedThroughput") == null
                && request.get("AttributeDefinitions") == null && protection == null) {
            throw DynamoException.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates, DeletionProtectionEnabled or SSESpecification or ReplicaUpdates is required");
        }
        BillingMode billing = Requests.enumValue(request, "BillingMode", BillingMode.class, schema.billing());
        Throughput throughput = request.get("ProvisionedThroughput") == null && billing == schema.billing()
                ? schema.throughput()
                : TableSchemaJson.throughput(request.get("ProvisionedThroughput"), billing, null);
        Map<String, ScalarType> attributes = new LinkedHashMap<>(schema.attributes());
        JsonNode definitions = Requests.array(request, "AttributeDefinitions");
        if (definitions != null) {
            attributes.putAll(TableSchemaJson.attributeDefinitions(definitions));
        }
        List<IndexSchema> indexes = new ArrayList<>(schema.indexes());
        if (updates != null) {
            for (JsonNode update : updates) {
                apply(indexes, update, billing);
            }
        }
        if (billing == BillingMode.PAY_PER_REQUEST) {
            indexes.replaceAll(i -> new IndexSchema(i.name(), i.kind(), i.key(), i.projection(), i.nonKeyAttributes(), Throughput.NONE));
        }
        TableSchema changed = schema.withIndexes(indexes).withBilling(billing, throughput).withAttributes(attributes)
                .withDeletionProtection(protection == null ? schema.deletionProtection() : protection.asBoolean());
        List<String> used = changed.allKeyAttributes();
        attributes.keySet().removeIf(a -> !used.contains(a));
        changed = changed.withAttributes(attributes);
        SchemaRules.check(changed);
        return changed;
    }

    private static void apply(List<IndexSchema> indexes, JsonNode update, BillingMode billing) {
        JsonNode create = Requests.object(update, "Create");
        JsonNode delete = Requests.object(update, "Delete");
        JsonNode change = Requests.object(update, "Update");
        if (create != null) {
            IndexSchema index = TableSchemaJson.index(create, IndexKind.GLOBAL, billing);
            if (indexes.stream().anyMatch(i -> i.name().equals(index.name()))) {
                throw DynamoException.validation("One or more parameter values were invalid: Index already exists: " + index.name());
            }
            indexes.add(index);
        } else if (delete != null || change != null) {
            String name = Requests.string(delete != null ? delete : change, "IndexName");
            int at = -1;
            for (int i = 0; i < indexes.size(); i++) {
                if (indexes.get(i).name().equals(name) && indexes.get(i).global()) {
                    at = i;
                }
            }
            if (at < 0) {
                throw DynamoException.notFound("Requested resource not found: Index: " + name + " not found");
            }
            if (delete != null) {
                indexes.remove(at);
            } else {
                IndexSchema i = indexes.get(at);
                indexes.set(at, new IndexSchema(i.name(), i.kind(), i.key(), i.projection(), i.nonKeyAttributes(),
                        TableSchemaJson.throughput(change.get("ProvisionedThroughput"), billing, name)));
            }
        }
    }
}
