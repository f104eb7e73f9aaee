package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.n;
import static io.keysmith.local.conformance.Values.padding;
import static io.keysmith.local.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Requests DynamoDB refuses for their keys or size, with its ValidationException messages
 * (Developer Guide, "Supported data types and naming rules" and "Service, account, and table quotas").
 */
class KeyValidationTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static String table;

    @BeforeAll
    static void createTable() {
        table = dynamo.createTable("keys", b -> b
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("gpk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byGpk").keySchema(k -> k.attributeName("gpk").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
    }

    @Test
    void aKeyOfTheWrongTypeIsRefused() {
        assertRefused(item("pk", n(1), "sk", n(1)), "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
    }

    @Test
    void anItemWithoutItsKeyIsRefused() {
        assertRefused(item("pk", "a"), "One or more parameter values were invalid: Missing the key sk in the item");
    }

    @Test
    void aKeyThatDoesNotMatchTheSchemaIsRefusedOnRead() {
        Refusals.assertValidation(() -> dynamo.client().getItem(b -> b.tableName(table).key(item("pk", "a"))),
                "The provided key element does not match the schema");
        Refusals.assertValidation(() -> dynamo.client().getItem(b -> b.tableName(table).key(item("pk", "a", "sk", n(1), "other", "x"))),
                "The provided key element does not match the schema");
    }

    @Test
    void anEmptyStringInATableKeyIsRefused() {
        // "Supported data types": empty String and Binary values are not allowed for primary key attributes
        assertRefused(item("pk", "", "sk", n(1)),
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
    }

    @Test
    @Requires(Feature.EMPTY_INDEX_KEY_REFUSED)
    void anEmptyStringInAGsiKeyIsRefused() {
        // "Supported data types": ... nor for the key attributes of secondary indexes
        assertRefused(item("pk", "a", "sk", n(1), "gpk", ""),
                "One or more parameter values are not valid. A value specified for a secondary index key is not supported."
                        + " The AttributeValue for a key attribute cannot contain an empty string value. IndexName: byGpk, IndexKey: gpk");
    }

    @Test
    void aGsiKeyOfTheWrongTypeIsRefused() {
        assertRefused(item("pk", "a", "sk", n(1), "gpk", n(1)),
                "One or more parameter values were invalid: Type mismatch for Index Key gpk Expected: S Actual: N IndexName: byGpk");
    }

    @Test
    void anItemOf400KbIsAcceptedAndOneByteMoreIsRefused() {
        // "Service quotas": the maximum item size is 400 KB, attribute names and values included;
        // "Item sizes": a number takes 1 byte per two significant digits plus 1, so N 1 is 2 bytes
        int overhead = "pk".length() + "max".length() + "sk".length() + 2 + "pad".length();
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "max", "sk", n(1), "pad", padding(400 * 1024 - overhead))));

        assertRefused(item("pk", "max", "sk", n(1), "pad", padding(400 * 1024 - overhead + 1)),
                "Item size has exceeded the maximum allowed size");
    }

    @Test
    void anUnknownTableIsResourceNotFound() {
        Map<String, AttributeValue> key = item("pk", "a", "sk", n(1));
        assertThatThrownBy(() -> dynamo.client().getItem(b -> b.tableName("ks-missing").key(key)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Requested resource not found");
        assertThatThrownBy(() -> dynamo.client().putItem(b -> b.tableName("ks-missing").item(key)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Requested resource not found");
        assertThatThrownBy(() -> dynamo.client().query(b -> b.tableName("ks-missing").keyConditionExpression("pk = :a")
                        .expressionAttributeValues(Map.of(":a", s("a")))))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Requested resource not found");
    }

    @Test
    void aKeyAttributeCannotBeUpdated() {
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "a", "sk", n(1))));

        Refusals.assertValidation(() -> dynamo.client().updateItem(b -> b.tableName(table).key(item("pk", "a", "sk", n(1)))
                        .updateExpression("SET sk = :two").expressionAttributeValues(Map.of(":two", n(2)))),
                "One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key");
        assertThat(dynamo.client().getItem(b -> b.tableName(table).key(item("pk", "a", "sk", n(1)))).item())
                .isEqualTo(item("pk", "a", "sk", n(1)));
    }

    private static void assertRefused(Map<String, AttributeValue> item, String message) {
        Refusals.assertValidation(() -> dynamo.client().putItem(b -> b.tableName(table).item(item)), message);
    }
}
