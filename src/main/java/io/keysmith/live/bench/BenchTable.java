package io.keysmith.live.bench;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The benchmark's table: PK/SK with two GSIs projecting everything, created fresh on any endpoint. */
final class BenchTable {

    private BenchTable() {
    }

    static void recreate(DynamoDbClient client) {
        try {
            client.deleteTable(b -> b.tableName(SyntheticItems.TABLE));
            client.waiter().waitUntilTableNotExists(b -> b.tableName(SyntheticItems.TABLE));
        } catch (ResourceNotFoundException e) {
            // nothing to delete: the usual case on a fresh endpoint
        }
        client.createTable(CreateTableRequest.builder().tableName(SyntheticItems.TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1SK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI2PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI2SK").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("PK").keyType(KeyType.HASH), k -> k.attributeName("SK").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(gsi("GSI1"), gsi("GSI2"))
                .build());
        client.waiter().waitUntilTableExists(b -> b.tableName(SyntheticItems.TABLE));
    }

    private static GlobalSecondaryIndex gsi(String name) {
        return GlobalSecondaryIndex.builder().indexName(name)
                .keySchema(k -> k.attributeName(name + "PK").keyType(KeyType.HASH),
                        k -> k.attributeName(name + "SK").keyType(KeyType.RANGE))
                .projection(p -> p.projectionType(ProjectionType.ALL)).build();
    }
}
