package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.b;
import static io.keysmith.local.conformance.Values.bool;
import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.l;
import static io.keysmith.local.conformance.Values.m;
import static io.keysmith.local.conformance.Values.n;
import static io.keysmith.local.conformance.Values.ns;
import static io.keysmith.local.conformance.Values.nul;
import static io.keysmith.local.conformance.Values.s;
import static io.keysmith.local.conformance.Values.ss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** PutItem, GetItem and DeleteItem with ConditionExpression and ReturnValues (API Reference; Developer Guide, "Condition expressions"). */
class ItemTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static String table;

    @BeforeAll
    static void createTable() {
        table = dynamo.createTable("items", ScalarAttributeType.S, null);
    }

    @Test
    void anItemOfEveryTypeComesBackAsItWasPut() {
        Map<String, AttributeValue> put = item("pk", "every-type", "s", "héllo 𝄞", "n", n("-12.5"), "b", b(0, 0x7f, 0x80, 0xff),
                "ss", ss("b", "a"), "ns", ns("3", "-1.5"), "bool", bool(false), "null", nul(),
                "l", l(s("x"), n("1"), l(), m()), "m", m("inner", m("deep", ss("z")), "empty", s("")));
        dynamo.client().putItem(b -> b.tableName(table).item(put));

        Map<String, AttributeValue> got = get("every-type");

        assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(put.keySet());
        assertThat(got.get("s")).isEqualTo(put.get("s"));
        assertThat(got.get("n")).isEqualTo(put.get("n"));
        assertThat(got.get("b")).isEqualTo(put.get("b"));
        assertThat(got.get("ss").ss()).containsExactlyInAnyOrder("a", "b");
        assertThat(got.get("ns").ns()).containsExactlyInAnyOrder("3", "-1.5");
        assertThat(got.get("bool")).isEqualTo(bool(false));
        assertThat(got.get("null")).isEqualTo(nul());
        assertThat(got.get("l")).isEqualTo(put.get("l"));
        assertThat(got.get("m").m().get("inner").m().get("deep").ss()).containsExactly("z");
        assertThat(got.get("m").m().get("empty")).isEqualTo(s(""));
    }

    @Test
    void numbersComeBackInTheirCanonicalForm() {
        // Developer Guide, "Data types": leading and trailing zeroes are trimmed
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "numbers", "a", n("007"), "b", n("1.50"), "c", n("-0.0100"))));

        Map<String, AttributeValue> got = get("numbers");

        assertThat(got.get("a").n()).isEqualTo("7");
        assertThat(got.get("b").n()).isEqualTo("1.5");
        assertThat(got.get("c").n()).isEqualTo("-0.01");
    }

    @Test
    void gettingAMissingItemReturnsNoItem() {
        assertThat(dynamo.client().getItem(b -> b.tableName(table).key(item("pk", "never-put"))).hasItem()).isFalse();
    }

    @Test
    void putReplacesTheWholeItem() {
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "replace", "a", "1", "b", "2")));
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "replace", "c", "3")));

        assertThat(get("replace")).isEqualTo(item("pk", "replace", "c", "3"));
    }

    @Test
    void projectionExpressionReturnsOnlyTheNamedAttributesAndNestedPaths() {
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "project", "a", "1", "b", "2",
                "m", m("x", "1", "y", "2"), "l", l(s("p"), s("q"), s("r")))));

        Map<String, AttributeValue> got = dynamo.client().getItem(b -> b.tableName(table).key(item("pk", "project"))
                .projectionExpression("a, m.y, l[2], #missing").expressionAttributeNames(Map.of("#missing", "nothing"))).item();

        assertThat(got).isEqualTo(item("a", "1", "m", m("y", "2"), "l", l(s("r"))));
    }

    @Test
    void attributeNotExistsLetsAPutCreateAndRefusesAnOverwrite() {
        String condition = "attribute_not_exists(pk)";
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "create-once", "v", "1")).conditionExpression(condition));

        // Developer Guide, "Condition expressions": a failed condition is ConditionalCheckFailedException
        assertThatThrownBy(() -> dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "create-once", "v", "2"))
                        .conditionExpression(condition)))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessageStartingWith("The conditional request failed");
        assertThat(get("create-once").get("v")).isEqualTo(s("1"));
    }

    @Test
    void attributeExistsOnAMissingItemOrAttributeIsFalse() {
        assertThatThrownBy(() -> dynamo.client().deleteItem(b -> b.tableName(table).key(item("pk", "absent"))
                        .conditionExpression("attribute_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "present", "a", "1")));
        assertThatThrownBy(() -> dynamo.client().deleteItem(b -> b.tableName(table).key(item("pk", "present"))
                        .conditionExpression("attribute_exists(nothing)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        dynamo.client().deleteItem(b -> b.tableName(table).key(item("pk", "present")).conditionExpression("attribute_not_exists(nothing)"));
        assertThat(dynamo.client().getItem(b -> b.tableName(table).key(item("pk", "present"))).hasItem()).isFalse();
    }

    @Test
    void comparisonsBetweenDifferentTypesAreFalseAndTheyAreNotEqual() {
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "typed", "price", n(5))));
        Map<String, AttributeValue> five = Map.of(":v", s("5"));

        // Developer Guide, "Condition expressions" (comparators) and legacy "Conditions": {"S":"6"} does not equal {"N":"6"}
        for (String condition : new String[] {"price = :v", "price < :v", "price <= :v", "price > :v", "price >= :v",
                "price BETWEEN :v AND :v", "price IN (:v)"}) {
            assertThatThrownBy(() -> dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "typed", "price", n(6)))
                            .conditionExpression(condition).expressionAttributeValues(five)))
                    .as(condition)
                    .isInstanceOf(ConditionalCheckFailedException.class);
        }
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "typed", "price", n(6)))
                .conditionExpression("price <> :v").expressionAttributeValues(five));
        assertThat(get("typed").get("price")).isEqualTo(n(6));
    }

    @Test
    void conditionFunctionsAndLogicalOperatorsFollowTheirDocumentedMeaning() {
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "functions", "name", "keysmith", "tags", ss("a", "b"),
                "l", l(s("x"), n(1)), "m", m("k", "v"), "n", n(10))));
        Map<String, AttributeValue> values = Map.of(":prefix", s("key"), ":a", s("a"), ":three", n(3), ":list", s("L"),
                ":x", s("x"), ":lo", n(1), ":hi", n(10));

        String condition = "begins_with(#name, :prefix) AND contains(tags, :a) AND size(tags) < :three AND attribute_type(l, :list)"
                + " AND contains(l, :x) AND size(m) = :lo AND n BETWEEN :lo AND :hi AND NOT (n IN (:lo, :three))"
                + " AND (attribute_exists(nothing) OR size(#name) > :three)";
        dynamo.client().deleteItem(b -> b.tableName(table).key(item("pk", "functions")).conditionExpression(condition)
                .expressionAttributeNames(Map.of("#name", "name")).expressionAttributeValues(values));

        assertThat(dynamo.client().getItem(b -> b.tableName(table).key(item("pk", "functions"))).hasItem()).isFalse();
    }

    @Test
    void putReturnsTheOldItemOnlyWithAllOld() {
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "returns", "v", "1")));

        var none = dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "returns", "v", "2")));
        var old = dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "returns", "v", "3")).returnValues(ReturnValue.ALL_OLD));
        var fresh = dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "returns-new", "v", "1")).returnValues(ReturnValue.ALL_OLD));

        assertThat(none.hasAttributes()).isFalse();
        assertThat(old.attributes()).isEqualTo(item("pk", "returns", "v", "2"));
        assertThat(fresh.hasAttributes()).isFalse();
    }

    @Test
    void putAcceptsOnlyNoneOrAllOldAsReturnValues() {
        // PutItem, ReturnValues: "The ReturnValues parameter is used by several DynamoDB operations; however, PutItem does not recognize any values other than NONE or ALL_OLD"
        assertThatThrownBy(() -> dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "bad-returns"))
                        .returnValues(ReturnValue.ALL_NEW)))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("ReturnValues can only be ALL_OLD or NONE");
    }

    @Test
    void deleteReturnsTheDeletedItemWithAllOldAndNothingForAMissingItem() {
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "delete-me", "v", "1")));

        var deleted = dynamo.client().deleteItem(b -> b.tableName(table).key(item("pk", "delete-me")).returnValues(ReturnValue.ALL_OLD));
        var again = dynamo.client().deleteItem(b -> b.tableName(table).key(item("pk", "delete-me")).returnValues(ReturnValue.ALL_OLD));

        assertThat(deleted.attributes()).isEqualTo(item("pk", "delete-me", "v", "1"));
        assertThat(again.hasAttributes()).isFalse();
    }

    @Test
    @Requires(Feature.RETURN_ITEM_ON_CONDITION_FAILURE)
    void aFailedConditionReturnsTheItemWhenAsked() {
        dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "on-failure", "v", "1")));

        // ConditionalCheckFailedException, Item: "Item which caused the ConditionalCheckFailedException"
        assertThatThrownBy(() -> dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "on-failure", "v", "2"))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).isEqualTo(item("pk", "on-failure", "v", "1")));
    }

    @Test
    void anUndefinedOrUnusedExpressionValueIsAValidationError() {
        assertThatThrownBy(() -> dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "x"))
                        .conditionExpression("v = :undefined")))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("An expression attribute value used in expression is not defined; attribute value: :undefined");
        assertThatThrownBy(() -> dynamo.client().putItem(b -> b.tableName(table).item(item("pk", "x"))
                        .conditionExpression("attribute_not_exists(pk)").expressionAttributeValues(Map.of(":unused", s("u")))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
    }

    private static Map<String, AttributeValue> get(String pk) {
        return dynamo.client().getItem(b -> b.tableName(table).key(item("pk", pk)).consistentRead(true)).item();
    }
}
