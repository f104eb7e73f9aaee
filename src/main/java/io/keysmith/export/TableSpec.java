package io.keysmith.export;

import io.keysmith.design.Design;
import io.keysmith.design.KeyAttribute;
import io.keysmith.design.Projection;
import io.keysmith.design.SecondaryIndex;
import io.keysmith.design.Table;
import io.keysmith.model.BillingMode;
import io.keysmith.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployable facts of one design table, checked against DynamoDB's rules: key attribute
 * definitions (only attributes used by a key), billing and capacity, TTL, streams and indexes.
 * Infrastructure exporters (CloudFormation, Terraform, Workbench) all start from it.
 */
public record TableSpec(
        String name,
        KeyAttribute partitionKey,
        KeyAttribute sortKey,
        List<KeyAttribute> attributeDefinitions,
        List<IndexSpec> globalIndexes,
        List<IndexSpec> localIndexes,
        boolean provisioned,
        long readCapacity,
        long writeCapacity,
        String ttlAttribute,
        boolean streams) {

    /** The billing mode the table is created with. */
    public BillingMode billingMode() {
        return provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST;
    }

    /**
     * A secondary index with its projection resolved; a GSI carries its own provisioned capacity
     * ({@link Throughput}), a local index none (it shares the table's).
     */
    public record IndexSpec(String name, KeyAttribute partitionKey, KeyAttribute sortKey, String projectionType,
            List<String> nonKeyAttributes, long readCapacity, long writeCapacity) {
    }

    static final long DEFAULT_CAPACITY = 5;

    /** The deployable table; capacity per table and GSI comes from the design's plans ({@link Throughput}). */
    public static TableSpec of(Table table, Design design, Model model) {
        String name = DynamoDbNames.requireTableName(table.name());
        if (table.partitionKey() == null) {
            throw new ExportException("cannot export: table " + name + " has no partition key");
        }
        Map<String, KeyAttribute> definitions = new LinkedHashMap<>();
        // Key attributes are always projected; listing one as a non-key attribute is an error in some tools.
        java.util.Set<String> keyNames = new java.util.HashSet<>();
        keyNames.add(table.partitionKey().name());
        java.util.stream.Stream.concat(table.globalSecondaryIndexes().stream(), table.localSecondaryIndexes().stream())
                .forEach(i -> {
                    if (i.partitionKey() != null) {
                        keyNames.add(i.partitionKey().name());
                    }
                    if (i.sortKey() != null) {
                        keyNames.add(i.sortKey().name());
                    }
                });
        if (table.sortKey() != null) {
            keyNames.add(table.sortKey().name());
        }
        define(definitions, name, table.partitionKey());
        define(definitions, name, table.sortKey());
        Throughput throughput = Throughput.of(table, design, model);
        List<IndexSpec> gsis = new ArrayList<>();
        for (SecondaryIndex index : table.globalSecondaryIndexes()) {
            gsis.add(index(name, index, definitions, keyNames, throughput.index(table, index.name())));
        }
        List<IndexSpec> lsis = new ArrayList<>();
        for (SecondaryIndex index : table.localSecondaryIndexes()) {
            if (table.sortKey() == null) {
                throw new ExportException("cannot export: table " + name + " has a local secondary index "
                        + index.name() + " but no sort key; DynamoDB needs a sort key for LSIs");
            }
            SecondaryIndex local = new SecondaryIndex(index.name(), table.partitionKey(), index.sortKey(),
                    index.projection());
            lsis.add(index(name, local, definitions, keyNames, new Throughput.Units(0, 0)));
        }
        checkUniqueIndexNames(name, gsis, lsis);
        BillingMode billing = table.billingMode() != null ? table.billingMode()
                : model == null ? BillingMode.PAY_PER_REQUEST : model.settingsOrDefault().billingModeOrDefault();
        boolean provisioned = billing == BillingMode.PROVISIONED;
        Throughput.Units own = throughput.table(table);
        String ttl = table.ttlAttribute() == null || table.ttlAttribute().isBlank() ? null
                : DynamoDbNames.requireAttributeName("the TTL of table " + name, table.ttlAttribute());
        return new TableSpec(name, table.partitionKey(), table.sortKey(), List.copyOf(definitions.values()),
                List.copyOf(gsis), List.copyOf(lsis), provisioned, own.read(), own.write(), ttl,
                Boolean.TRUE.equals(table.streamEnabled()));
    }

    private static IndexSpec index(String table, SecondaryIndex index, Map<String, KeyAttribute> definitions,
            java.util.Set<String> keyNames, Throughput.Units units) {
        String name = DynamoDbNames.requireIndexName(table, index.name());
        if (index.partitionKey() == null) {
            throw new ExportException("cannot export: index " + name + " of table " + table + " has no partition key");
        }
        define(definitions, table + " index " + name, index.partitionKey());
        define(definitions, table + " index " + name, index.sortKey());
        Projection projection = index.projection() == null ? Projection.ALL : index.projection();
        String type = projection.type() == null ? "ALL" : projection.type();
        if (!List.of("ALL", "KEYS_ONLY", "INCLUDE").contains(type)) {
            throw new ExportException("cannot export: index " + name + " of table " + table
                    + " has projection " + JsonText.quote(type) + "; expected ALL, KEYS_ONLY or INCLUDE");
        }
        List<String> nonKey = "INCLUDE".equals(type) && projection.nonKeyAttributes() != null
                ? projection.nonKeyAttributes().stream().filter(a -> !keyNames.contains(a)).distinct().toList() : List.of();
        if ("INCLUDE".equals(type) && nonKey.isEmpty()) {
            type = "KEYS_ONLY";
        }
        return new IndexSpec(name, index.partitionKey(), index.sortKey(), type, nonKey, units.read(), units.write());
    }

    private static void define(Map<String, KeyAttribute> definitions, String where, KeyAttribute key) {
        if (key == null) {
            return;
        }
        DynamoDbNames.requireAttributeName(where, key.name());
        String type = key.type() == null ? "S" : key.type();
        if (!List.of("S", "N", "B").contains(type)) {
            throw new ExportException("cannot export: key attribute " + JsonText.quote(key.name()) + " of " + where
                    + " has type " + JsonText.quote(type) + "; a key is S, N or B");
        }
        KeyAttribute known = definitions.get(key.name());
        if (known != null && !known.type().equals(type)) {
            throw new ExportException("cannot export: key attribute " + JsonText.quote(key.name()) + " is "
                    + known.type() + " in one key and " + type + " in " + where);
        }
        definitions.putIfAbsent(key.name(), new KeyAttribute(key.name(), type));
    }

    private static void checkUniqueIndexNames(String table, List<IndexSpec> gsis, List<IndexSpec> lsis) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (IndexSpec index : concat(gsis, lsis)) {
            if (!seen.add(index.name())) {
                throw new ExportException("cannot export: table " + table + " has two indexes named " + index.name());
            }
        }
    }

    private static List<IndexSpec> concat(List<IndexSpec> a, List<IndexSpec> b) {
        List<IndexSpec> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Tag value charset of AWS tags; other characters become '_' so deployment does not fail. */
    public static String tagValue(String text) {
        String cleaned = text == null ? "" : text.replaceAll("[^\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]", "_");
        return cleaned.length() > 256 ? cleaned.substring(0, 256) : cleaned;
    }
}
