package io.keysmith.local.table;

import io.keysmith.local.DynamoException;
import io.keysmith.local.Requests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a table schema from a CreateTable request (or from its stored form, which is the same shape plus
 * TableId, CreationDateTime in milliseconds, TimeToLiveAttribute and Tags) and writes the stored form.
 */
public final class TableSchemaJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TableSchemaJson() {}

    /** A new table's schema from a CreateTable request, validated as DynamoDB does. */
    public static TableSchema fromCreateTable(JsonNode request, long nowMillis) {
        String name = Requests.tableName(request, "TableName");
        return read(request, name, UUID.randomUUID().toString(), nowMillis);
    }

    /** A schema from its stored form. */
    public static TableSchema fromStored(JsonNode stored) {
        return read(stored, stored.get("TableName").asString(), stored.get("TableId").asString(),
                stored.get("CreationDateTime").asLong());
    }

    private static TableSchema read(JsonNode request, String name, String id, long created) {
        if (Requests.array(request, "AttributeDefinitions") == null) {
            throw Requests.invalid("null", "AttributeDefinitions", "Member must not be null");
        }
        if (Requests.array(request, "KeySchema") == null) {
            throw Requests.invalid("null", "KeySchema", "Member must not be null");
        }
        Map<String, ScalarType> attributes = attributeDefinitions(request.get("AttributeDefinitions"));
        KeySchema key = keySchema(request.get("KeySchema"), 1, "keySchema");
        BillingMode billing = Requests.enumValue(request, "BillingMode", BillingMode.class, BillingMode.PROVISIONED);
        Throughput throughput = throughput(request.get("ProvisionedThroughput"), billing, null);
        List<IndexSchema> indexes = new ArrayList<>();
        JsonNode gsis = Requests.array(request, "GlobalSecondaryIndexes");
        if (gsis != null) {
            for (JsonNode gsi : gsis) {
                indexes.add(index(gsi, IndexKind.GLOBAL, billing));
            }
        }
        JsonNode lsis = Requests.array(request, "LocalSecondaryIndexes");
        if (lsis != null) {
            for (JsonNode lsi : lsis) {
                indexes.add(index(lsi, IndexKind.LOCAL, billing));
            }
        }
        Map<String, String> tags = new LinkedHashMap<>();
        JsonNode tagList = Requests.array(request, "Tags");
        if (tagList != null) {
            tagList.forEach(t -> tags.put(t.path("Key").asString(), t.path("Value").asString()));
        }
        String ttl = Requests.optionalString(request, "TimeToLiveAttribute");
        TableSchema schema = new TableSchema(name, id, created, key, attributes, indexes, billing, throughput, ttl, tags,
                request.path("DeletionProtectionEnabled").asBoolean(false));
        SchemaRules.check(schema);
        return schema;
    }

    /** The AttributeDefinitions of a request, by name. */
    public static Map<String, ScalarType> attributeDefinitions(JsonNode definitions) {
        Map<String, ScalarType> attributes = new LinkedHashMap<>();
        for (JsonNode d : definitions) {
            String attribute = Requests.string(d, "AttributeName");
            ScalarType type = Requests.enumValue(d, "AttributeType", ScalarType.class, null);
            if (type == null) {
                throw Requests.invalid("null", "AttributeType", "Member must not be null");
            }
            if (attributes.put(attribute, type) != null) {
                throw DynamoException.validation("Cannot have two attributes with the same name");
            }
        }
        return attributes;
    }

    /** A KeySchema list: HASH elements then RANGE elements, in the order given. */
    public static KeySchema keySchema(JsonNode elements, int maxPerRole, String field) {
        List<String> hash = new ArrayList<>();
        List<String> range = new ArrayList<>();
        if (elements.isEmpty()) {
            throw Requests.invalid("[]", field, "Member must have length greater than or equal to 1");
        }
        for (JsonNode e : elements) {
            String attribute = Requests.string(e, "AttributeName");
            String type = Requests.string(e, "KeyType");
            switch (type) {
                case "HASH" -> {
                    if (!range.isEmpty()) {
                        throw DynamoException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
                    }
                    hash.add(attribute);
                }
                case "RANGE" -> range.add(attribute);
                default -> throw Requests.invalid("'" + type + "'", "keyType", "Member must satisfy enum value set: [HASH, RANGE]");
            }
        }
        if (hash.isEmpty()) {
            throw DynamoException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (hash.size() > maxPerRole || range.size() > maxPerRole) {
            if (maxPerRole == 1 && hash.size() + range.size() > 2) {
                throw Requests.invalid("'" + elements + "'", field, "Member must have length less than or equal to 2");
            }
            throw DynamoException.validation(maxPerRole == 1
                    ? "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type"
                    : "Invalid KeySchema: A key schema may have at most " + maxPerRole + " HASH and " + maxPerRole + " RANGE attributes");
        }
        List<String> all = new ArrayList<>(hash);
        all.addAll(range);
        if (all.stream().distinct().count() != all.size()) {
            throw DynamoException.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        return new KeySchema(hash, range);
    }

    /** One GlobalSecondaryIndexes or LocalSecondaryIndexes element (also an UpdateTable Create). */
    public static IndexSchema index(JsonNode node, IndexKind kind, BillingMode billing) {
        String name = Requests.name(Requests.string(node, "IndexName"), "IndexName");
        JsonNode keyNode = Requests.array(node, "KeySchema");
        if (keyNode == null) {
            throw Requests.invalid("null", "KeySchema", "Member must not be null");
        }
        KeySchema key = keySchema(keyNode, kind == IndexKind.GLOBAL ? 4 : 1, "keySchema");
        JsonNode projection = Requests.object(node, "Projection");
        if (projection == null) {
            throw Requests.invalid("null", "Projection", "Member must not be null");
        }
        ProjectionType type = Requests.enumValue(projection, "ProjectionType", ProjectionType.class, ProjectionType.ALL);
        List<String> nonKey = new ArrayList<>();
        JsonNode nonKeyNode = Requests.array(projection, "NonKeyAttributes");
        if (nonKeyNode != null) {
            nonKeyNode.forEach(n -> nonKey.add(n.asString()));
        }
        if (type == ProjectionType.INCLUDE && nonKeyNode == null) {
            throw DynamoException.validation("One or more parameter values were invalid: ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        }
        if (type != ProjectionType.INCLUDE && nonKeyNode != null) {
            throw DynamoException.validation("One or more parameter values were invalid: ProjectionType is " + type + ", but NonKeyAttributes is specified");
        }
        Throughput throughput = kind == IndexKind.GLOBAL ? throughput(node.get("ProvisionedThroughput"), billing, name) : Throughput.NONE;
        return new IndexSchema(name, kind, key, type, nonKey, throughput);
    }

    /** The ProvisionedThroughput member, checked against the billing mode. */
    public static Throughput throughput(JsonNode node, BillingMode billing, String indexName) {
        boolean given = node != null && !node.isNull();
        if (billing == BillingMode.PAY_PER_REQUEST) {
            if (given) {
                throw DynamoException.validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            return Throughput.NONE;
        }
        if (!given) {
            throw DynamoException.validation(indexName == null
                    ? "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED"
                    : "One or more parameter values were invalid: ProvisionedThroughput should not be null for index: " + indexName);
        }
        Integer read = Requests.optionalInt(node, "ReadCapacityUnits", 1, Long.MAX_VALUE);
        Integer write = Requests.optionalInt(node, "WriteCapacityUnits", 1, Long.MAX_VALUE);
        if (read == null || write == null) {
            throw Requests.invalid("null", read == null ? "provisionedThroughput.readCapacityUnits" : "provisionedThroughput.writeCapacityUnits",
                    "Member must not be null");
        }
        return new Throughput(read, write);
    }

    /** The stored form of a schema. */
    public static ObjectNode toStored(TableSchema schema) {
        ObjectNode node = NODES.objectNode();
        node.put("TableName", schema.name());
        node.put("TableId", schema.id());
        node.put("CreationDateTime", schema.createdMillis());
        node.set("KeySchema", keySchemaJson(schema.key()));
        node.set("AttributeDefinitions", attributeDefinitionsJson(schema.attributes()));
        node.put("BillingMode", schema.billing().name());
        if (schema.billing() == BillingMode.PROVISIONED) {
            node.set("ProvisionedThroughput", throughputJson(schema.throughput()));
        }
        ArrayNode gsis = NODES.arrayNode();
        ArrayNode lsis = NODES.arrayNode();
        for (IndexSchema index : schema.indexes()) {
            ObjectNode i = NODES.objectNode();
            i.put("IndexName", index.name());
            i.set("KeySchema", keySchemaJson(index.key()));
            i.set("Projection", projectionJson(index));
            if (index.global() && schema.billing() == BillingMode.PROVISIONED) {
                i.set("ProvisionedThroughput", throughputJson(index.throughput()));
            }
            (index.global() ? gsis : lsis).add(i);
        }
        if (!gsis.isEmpty()) {
            node.set("GlobalSecondaryIndexes", gsis);
        }
        if (!lsis.isEmpty()) {
            node.set("LocalSecondaryIndexes", lsis);
        }
        if (schema.ttlAttribute() != null) {
            node.put("TimeToLiveAttribute", schema.ttlAttribute());
        }
        node.put("DeletionProtectionEnabled", schema.deletionProtection());
        if (!schema.tags().isEmpty()) {
            ArrayNode tags = node.putArray("Tags");
            schema.tags().forEach((k, v) -> tags.addObject().put("Key", k).put("Value", v));
        }
        return node;
    }

    public static ArrayNode keySchemaJson(KeySchema key) {
        ArrayNode a = NODES.arrayNode();
        key.hash().forEach(h -> a.addObject().put("AttributeName", h).put("KeyType", "HASH"));
        key.range().forEach(r -> a.addObject().put("AttributeName", r).put("KeyType", "RANGE"));
        return a;
    }

    public static ArrayNode attributeDefinitionsJson(Map<String, ScalarType> attributes) {
        ArrayNode a = NODES.arrayNode();
        attributes.forEach((n, t) -> a.addObject().put("AttributeName", n).put("AttributeType", t.name()));
        return a;
    }

    public static ObjectNode projectionJson(IndexSchema index) {
        ObjectNode p = NODES.objectNode();
        p.put("ProjectionType", index.projection().name());
        if (index.projection() == ProjectionType.INCLUDE) {
            ArrayNode a = p.putArray("NonKeyAttributes");
            index.nonKeyAttributes().forEach(a::add);
        }
        return p;
    }

    private static ObjectNode throughputJson(Throughput t) {
        return NODES.objectNode().put("ReadCapacityUnits", t.read()).put("WriteCapacityUnits", t.write());
    }
}
