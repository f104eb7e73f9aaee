package io.keysmith.live;

import io.keysmith.design.KeyAttribute;
import io.keysmith.export.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * A design table as DynamoDB sees it: the CreateTable request, and a canonical text of keys and
 * indexes used to tell whether an existing table has the same schema.
 */
final class TableSchema {

    private TableSchema() {
    }

    /** The CreateTable request of a table as the exporters deploy it (one translation of a design table, {@link TableSpec}). */
    static CreateTableRequest createRequest(TableSpec t) {
        ProvisionedThroughput capacity = t.provisioned() ? ProvisionedThroughput.builder()
                .readCapacityUnits(t.readCapacity()).writeCapacityUnits(t.writeCapacity()).build() : null;
        List<GlobalSecondaryIndex> gsis = t.globalIndexes().stream()
                .map(i -> GlobalSecondaryIndex.builder().indexName(i.name()).keySchema(keys(i.partitionKey(), i.sortKey()))
                        .projection(projection(i)).provisionedThroughput(t.provisioned() ? ProvisionedThroughput.builder()
                                .readCapacityUnits(i.readCapacity()).writeCapacityUnits(i.writeCapacity()).build() : null)
                        .build())
                .toList();
        List<LocalSecondaryIndex> lsis = t.localIndexes().stream()
                .map(i -> LocalSecondaryIndex.builder().indexName(i.name()).keySchema(keys(i.partitionKey(), i.sortKey()))
                        .projection(projection(i)).build())
                .toList();
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(t.name())
                .keySchema(keys(t.partitionKey(), t.sortKey()))
                .attributeDefinitions(t.attributeDefinitions().stream()
                        .map(a -> AttributeDefinition.builder().attributeName(a.name()).attributeType(a.type()).build())
                        .toList())
                .billingMode(t.provisioned() ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST)
                .provisionedThroughput(capacity);
        if (!gsis.isEmpty()) {
            b.globalSecondaryIndexes(gsis);
        }
        if (!lsis.isEmpty()) {
            b.localSecondaryIndexes(lsis);
        }
        return b.build();
    }

    /** Keys, key types and indexes (with projections) of a table we would create, in a canonical text. */
    static String canonical(CreateTableRequest r) {
        Map<String, String> types = new TreeMap<>();
        r.attributeDefinitions().forEach(a -> types.put(a.attributeName(), a.attributeTypeAsString()));
        StringBuilder s = new StringBuilder("table ").append(keyText(r.keySchema(), types));
        Map<String, String> indexes = new TreeMap<>();
        r.globalSecondaryIndexes().forEach(g -> indexes.put("GSI " + g.indexName(),
                keyText(g.keySchema(), types) + projectionText(g.projection())));
        r.localSecondaryIndexes().forEach(l -> indexes.put("LSI " + l.indexName(),
                keyText(l.keySchema(), types) + projectionText(l.projection())));
        indexes.forEach((k, v) -> s.append("; ").append(k).append(' ').append(v));
        return s.toString();
    }

    /** The same canonical text for a table that exists. */
    static String canonical(TableDescription d) {
        Map<String, String> types = new TreeMap<>();
        d.attributeDefinitions().forEach(a -> types.put(a.attributeName(), a.attributeTypeAsString()));
        StringBuilder s = new StringBuilder("table ").append(keyText(d.keySchema(), types));
        Map<String, String> indexes = new TreeMap<>();
        for (GlobalSecondaryIndexDescription g : d.globalSecondaryIndexes()) {
            indexes.put("GSI " + g.indexName(), keyText(g.keySchema(), types) + projectionText(g.projection()));
        }
        for (LocalSecondaryIndexDescription l : d.localSecondaryIndexes()) {
            indexes.put("LSI " + l.indexName(), keyText(l.keySchema(), types) + projectionText(l.projection()));
        }
        indexes.forEach((k, v) -> s.append("; ").append(k).append(' ').append(v));
        return s.toString();
    }

    private static String keyText(List<KeySchemaElement> keys, Map<String, String> types) {
        StringBuilder s = new StringBuilder();
        for (KeySchemaElement k : keys) {
            s.append(k.keyType() == KeyType.HASH ? "pk " : " sk ").append(k.attributeName())
                    .append(':').append(types.get(k.attributeName()));
        }
        return s.toString();
    }

    private static String projectionText(software.amazon.awssdk.services.dynamodb.model.Projection p) {
        List<String> extra = new ArrayList<>(p.nonKeyAttributes());
        extra.sort(String::compareTo);
        return " " + p.projectionTypeAsString() + (extra.isEmpty() ? "" : extra.toString());
    }

    private static List<KeySchemaElement> keys(KeyAttribute pk, KeyAttribute sk) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(KeySchemaElement.builder().attributeName(pk.name()).keyType(KeyType.HASH).build());
        if (sk != null) {
            keys.add(KeySchemaElement.builder().attributeName(sk.name()).keyType(KeyType.RANGE).build());
        }
        return keys;
    }

    private static software.amazon.awssdk.services.dynamodb.model.Projection projection(TableSpec.IndexSpec i) {
        var b = software.amazon.awssdk.services.dynamodb.model.Projection.builder()
                .projectionType(ProjectionType.fromValue(i.projectionType()));
        if (!i.nonKeyAttributes().isEmpty()) {
            b.nonKeyAttributes(i.nonKeyAttributes());
        }
        return b.build();
    }
}
