package io.keysmith.local.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about a table except its items: identity, keys, attribute types, indexes, billing, TTL and
 * tags. Immutable; UpdateTable and friends make a changed copy.
 */
public record TableSchema(String name, String id, long createdMillis, KeySchema key,
        Map<String, ScalarType> attributes, List<IndexSchema> indexes, BillingMode billing,
        Throughput throughput, String ttlAttribute, Map<String, String> tags, boolean deletionProtection) {

    public TableSchema {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        indexes = List.copyOf(indexes);
        tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public String arn() {
        return "arn:aws:dynamodb:ddblocal:000000000000:table/" + name;
    }

    public Optional<IndexSchema> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public List<IndexSchema> globalIndexes() {
        return indexes.stream().filter(IndexSchema::global).toList();
    }

    public List<IndexSchema> localIndexes() {
        return indexes.stream().filter(i -> !i.global()).toList();
    }

    public TableSchema withIndexes(List<IndexSchema> newIndexes) {
        return new TableSchema(name, id, createdMillis, key, attributes, newIndexes, billing, throughput, ttlAttribute, tags, deletionProtection);
    }

    public TableSchema withAttributes(Map<String, ScalarType> newAttributes) {
        return new TableSchema(name, id, createdMillis, key, newAttributes, indexes, billing, throughput, ttlAttribute, tags, deletionProtection);
    }

    public TableSchema withBilling(BillingMode newBilling, Throughput newThroughput) {
        return new TableSchema(name, id, createdMillis, key, attributes, indexes, newBilling, newThroughput, ttlAttribute, tags, deletionProtection);
    }

    public TableSchema withTtl(String attribute) {
        return new TableSchema(name, id, createdMillis, key, attributes, indexes, billing, throughput, attribute, tags, deletionProtection);
    }

    public TableSchema withTags(Map<String, String> newTags) {
        return new TableSchema(name, id, createdMillis, key, attributes, indexes, billing, throughput, ttlAttribute, newTags, deletionProtection);
    }

    public TableSchema withDeletionProtection(boolean enabled) {
        return new TableSchema(name, id, createdMillis, key, attributes, indexes, billing, throughput, ttlAttribute, tags, enabled);
    }

    /** The attributes that are part of the table's key or any index key. */
    public List<String> allKeyAttributes() {
        List<String> names = new ArrayList<>(key.all());
        indexes.forEach(i -> i.key().all().stream().filter(n -> !names.contains(n)).forEach(names::add));
        return names;
    }
}
