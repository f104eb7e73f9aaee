package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** CreateTable, DescribeTable, ListTables, UpdateTable (GSIs) and DeleteTable (API Reference, one page each). */
class TableTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    @Test
    void aCreatedTableIsDescribedWithItsKeysAttributesAndIndexes() {
        String table = dynamo.createTable("describe", b -> b
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("gpk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("lsk").attributeType(ScalarAttributeType.B))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byGpk")
                        .keySchema(k -> k.attributeName("gpk").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(l -> l.indexName("byLsk")
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("lsk").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("extra"))));

        TableDescription description = dynamo.client().describeTable(b -> b.tableName(table)).table();

        assertThat(description.tableName()).isEqualTo(table);
        assertThat(description.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(description.tableArn()).endsWith(":table/" + table);
        assertThat(description.itemCount()).isZero();
        assertThat(description.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType())
                .containsExactly("pk HASH", "sk RANGE");
        assertThat(description.attributeDefinitions()).extracting(a -> a.attributeName() + " " + a.attributeType())
                .containsExactlyInAnyOrder("pk S", "sk N", "gpk S", "lsk B");
        assertThat(description.globalSecondaryIndexes()).singleElement().satisfies(g -> {
            assertThat(g.indexName()).isEqualTo("byGpk");
            assertThat(g.indexArn()).endsWith(":table/" + table + "/index/byGpk");
            assertThat(g.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType()).containsExactly("gpk HASH");
            assertThat(g.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
        });
        assertThat(description.localSecondaryIndexes()).singleElement().satisfies(l -> {
            assertThat(l.indexName()).isEqualTo("byLsk");
            assertThat(l.keySchema()).extracting(k -> k.attributeName() + " " + k.keyType()).containsExactly("pk HASH", "lsk RANGE");
            assertThat(l.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(l.projection().nonKeyAttributes()).containsExactly("extra");
        });
    }

    @Test
    @Requires(Feature.DELETION_PROTECTION)
    void aTableProtectedAgainstDeletionIsDeletedOnlyAfterProtectionIsTurnedOff() {
        String table = dynamo.tableName("protected");
        dynamo.client().createTable(b -> b.tableName(table).billingMode("PAY_PER_REQUEST").deletionProtectionEnabled(true)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
        assertThat(dynamo.client().describeTable(b -> b.tableName(table)).table().deletionProtectionEnabled()).isTrue();

        // DeleteTable: "DeletionProtectionEnabled ... the table cannot be deleted"; UpdateTable turns it off
        Refusals.assertValidationContaining(() -> dynamo.client().deleteTable(b -> b.tableName(table)), "protected against deletion");
        dynamo.client().updateTable(b -> b.tableName(table).deletionProtectionEnabled(false));
        dynamo.client().deleteTable(b -> b.tableName(table));
        assertThatThrownBy(() -> dynamo.client().describeTable(b -> b.tableName(table)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void creatingATableThatExistsIsResourceInUse() {
        String table = dynamo.createTable("twice", ScalarAttributeType.S, null);

        // CreateTable: "ResourceInUseException ... you tried to recreate an existing table"
        assertThatThrownBy(() -> dynamo.client().createTable(b -> b.tableName(table).billingMode("PAY_PER_REQUEST")
                        .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))))
                .isInstanceOf(ResourceInUseException.class);
    }

    @Test
    void describingAnUnknownTableIsResourceNotFound() {
        assertThatThrownBy(() -> dynamo.client().describeTable(b -> b.tableName("ks-no-such-table")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found");
    }

    @Test
    void listTablesPagesInNameOrderWithLimitAndExclusiveStartTableName() {
        List<String> ours = List.of(dynamo.createTable("list", ScalarAttributeType.S, null),
                dynamo.createTable("list", ScalarAttributeType.S, null),
                dynamo.createTable("list", ScalarAttributeType.S, null));

        List<String> all = new ArrayList<>();
        String start = null;
        do {
            String from = start;
            ListTablesResponse page = dynamo.client().listTables(b -> b.limit(2).exclusiveStartTableName(from));
            assertThat(page.tableNames()).hasSizeLessThanOrEqualTo(2);
            all.addAll(page.tableNames());
            start = page.lastEvaluatedTableName();
            if (start != null) {
                assertThat(start).isEqualTo(page.tableNames().getLast());
            }
        } while (start != null);

        assertThat(all).isSorted().doesNotHaveDuplicates();
        assertThat(all.stream().filter(ours::contains).toList()).containsExactlyElementsOf(ours.stream().sorted().toList());
    }

    @Test
    void aDeletedTableIsGone() {
        String table = dynamo.createTable("delete", ScalarAttributeType.S, null);
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "a")));

        TableDescription deleted = dynamo.client().deleteTable(b -> b.tableName(table)).tableDescription();

        assertThat(deleted.tableName()).isEqualTo(table);
        awaitGone(table);
        assertThatThrownBy(() -> dynamo.client().getItem(b -> b.tableName(table).key(item("pk", "a"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dynamo.client().deleteTable(b -> b.tableName(table)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    @Requires(Feature.ONLINE_INDEX_CHANGES)
    void aGsiAddedToATableWithItemsIsBackfilled() {
        String table = dynamo.createTable("backfill", ScalarAttributeType.S, null);
        for (int i = 0; i < 5; i++) {
            String pk = "item" + i;
            // item4 has no "color": a sparse index leaves it out
            dynamo.client().putItem(b -> b.tableName(table).item(pk.equals("item4") ? item("pk", pk) : item("pk", pk, "color", "red")));
        }

        dynamo.client().updateTable(b -> b.tableName(table)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("color").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byColor")
                        .keySchema(k -> k.attributeName("color").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))));
        dynamo.waitUntilActive(table);

        var red = dynamo.client().query(b -> b.tableName(table).indexName("byColor")
                .keyConditionExpression("color = :c").expressionAttributeValues(java.util.Map.of(":c", s("red"))));
        assertThat(red.items()).extracting(i -> i.get("pk").s()).containsExactlyInAnyOrder("item0", "item1", "item2", "item3");
    }

    @Test
    @Requires(Feature.ONLINE_INDEX_CHANGES)
    void aDeletedGsiIsNoLongerDescribedNorQueryable() {
        String table = dynamo.createTable("dropgsi", b -> b
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("color").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byColor").keySchema(k -> k.attributeName("color").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));

        dynamo.client().updateTable(b -> b.tableName(table).globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byColor"))));
        awaitIndexGone(table);

        // Query: "ValidationException ... The table does not have the specified index"
        assertThatThrownBy(() -> dynamo.client().query(b -> b.tableName(table).indexName("byColor")
                        .keyConditionExpression("color = :c").expressionAttributeValues(java.util.Map.of(":c", s("red")))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("The table does not have the specified index: byColor");
    }

    private static void awaitGone(String table) {
        dynamo.eventually(table + " is gone", () -> {
            try {
                dynamo.client().describeTable(b -> b.tableName(table));
                return false;
            } catch (ResourceNotFoundException gone) {
                return true;
            }
        });
    }

    private static void awaitIndexGone(String table) {
        dynamo.eventually("the GSI of " + table + " is gone",
                () -> dynamo.client().describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes().isEmpty());
    }
}
