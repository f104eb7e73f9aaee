package io.keysmith.local.conformance;

import static io.keysmith.local.conformance.Values.item;
import static io.keysmith.local.conformance.Values.l;
import static io.keysmith.local.conformance.Values.m;
import static io.keysmith.local.conformance.Values.n;
import static io.keysmith.local.conformance.Values.ns;
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
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** UpdateItem: SET, REMOVE, ADD, DELETE, functions, nested paths and ReturnValues (Developer Guide, "Update expressions"). */
class UpdateTests {

    @RegisterExtension
    static final DynamoEndpoint dynamo = new DynamoEndpoint();

    private static String table;

    @BeforeAll
    static void createTable() {
        table = dynamo.createTable("updates", ScalarAttributeType.S, null);
    }

    @Test
    void setOnAMissingItemCreatesItAndAllNewReturnsIt() {
        var response = update("upsert", "SET a = :a, b = :b", Map.of(":a", s("1"), ":b", n(2)), ReturnValue.ALL_NEW);

        assertThat(response).isEqualTo(item("pk", "upsert", "a", "1", "b", n(2)));
        assertThat(get("upsert")).isEqualTo(response);
    }

    @Test
    void setArithmeticAndIfNotExistsCountUp() {
        update("counter", "SET hits = if_not_exists(hits, :zero) + :one", Map.of(":zero", n(0), ":one", n(1)), ReturnValue.NONE);
        update("counter", "SET hits = if_not_exists(hits, :zero) + :one", Map.of(":zero", n(0), ":one", n(1)), ReturnValue.NONE);
        var response = update("counter", "SET hits = hits - :half, kept = if_not_exists(hits, :zero)",
                Map.of(":half", n("0.5"), ":zero", n(0)), ReturnValue.UPDATED_NEW);

        // if_not_exists returns the existing value when the attribute is there
        assertThat(response).isEqualTo(item("hits", n("1.5"), "kept", n(2)));
    }

    @Test
    void listAppendAddsAtEitherEnd() {
        update("lists", "SET l = :start", Map.of(":start", l(s("b"))), ReturnValue.NONE);
        var response = update("lists", "SET l = list_append(:front, list_append(l, :back))",
                Map.of(":front", l(s("a")), ":back", l(s("c"), n(4))), ReturnValue.UPDATED_NEW);

        assertThat(response.get("l")).isEqualTo(l(s("a"), s("b"), s("c"), n(4)));
    }

    @Test
    void setAndRemoveReachIntoMapsAndLists() {
        put(item("pk", "nested", "m", m("a", m("b", "old")), "l", l(s("x"), s("y"), s("z"))));

        update("nested", "SET m.a.b = :new, m.a.c = :c, l[1] = :y2, l[10] = :end REMOVE m.gone",
                Map.of(":new", s("new"), ":c", n(3), ":y2", s("Y"), ":end", s("end")), ReturnValue.NONE);
        dynamo.client().updateItem(b -> b.tableName(table).key(item("pk", "nested")).updateExpression("REMOVE l[0]"));

        // "Adding elements to a list": an index past the end appends; REMOVE of an element shifts the rest
        assertThat(get("nested")).isEqualTo(item("pk", "nested", "m", m("a", m("b", "new", "c", n(3))),
                "l", l(s("Y"), s("z"), s("end"))));
    }

    @Test
    void setOnAPathWhoseParentIsMissingIsAValidationError() {
        put(item("pk", "no-parent"));

        assertThatThrownBy(() -> update("no-parent", "SET m.a = :v", Map.of(":v", s("v")), ReturnValue.NONE))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("The document path provided in the update expression is invalid for update");
    }

    @Test
    void addToAMissingNumberStartsFromZeroAndToASetUnites() {
        put(item("pk", "add", "tags", ss("a", "b")));

        var response = update("add", "ADD score :five, tags :more, fresh :nums",
                Map.of(":five", n(5), ":more", ss("b", "c"), ":nums", ns("1", "2")), ReturnValue.ALL_NEW);

        assertThat(response.get("score")).isEqualTo(n(5));
        assertThat(response.get("tags").ss()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(response.get("fresh").ns()).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void deleteRemovesElementsFromASetAndTheLastOneRemovesTheAttribute() {
        put(item("pk", "del", "tags", ss("a", "b", "c"), "nums", ns("1")));

        var response = update("del", "DELETE tags :ab, nums :one", Map.of(":ab", ss("a", "b", "x"), ":one", ns("1")), ReturnValue.ALL_NEW);

        // sets cannot be empty: removing every element removes the attribute
        assertThat(response).isEqualTo(item("pk", "del", "tags", ss("c")));
    }

    @Test
    void addOfTheWrongTypeIsAValidationError() {
        put(item("pk", "bad-add", "score", n(1), "name", "x"));

        // "Update expressions", ADD: the operand must be a number or a set; a number added to a String attribute fails when applied
        Refusals.assertValidation(() -> update("bad-add", "ADD score :s", Map.of(":s", s("1")), ReturnValue.NONE),
                "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING");
        Refusals.assertValidation(() -> update("bad-add", "ADD #name :one", Map.of(":one", n(1)), "#name", "name"),
                "An operand in the update expression has an incorrect data type");
        assertThat(get("bad-add")).isEqualTo(item("pk", "bad-add", "score", n(1), "name", "x"));
    }

    @Test
    void returnValuesGiveTheUpdatedOrAllAttributesBeforeOrAfter() {
        put(item("pk", "returns", "a", "1", "b", "2"));
        Map<String, AttributeValue> values = Map.of(":a", s("10"), ":c", s("30"));

        var updatedOld = update("returns", "SET a = :a, c = :c REMOVE b", values, ReturnValue.UPDATED_OLD);
        put(item("pk", "returns", "a", "1", "b", "2"));
        var updatedNew = update("returns", "SET a = :a, c = :c REMOVE b", values, ReturnValue.UPDATED_NEW);
        put(item("pk", "returns", "a", "1", "b", "2"));
        var allOld = update("returns", "SET a = :a, c = :c REMOVE b", values, ReturnValue.ALL_OLD);
        var none = update("returns", "SET a = :a", values.entrySet().stream().filter(e -> e.getKey().equals(":a"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), ReturnValue.NONE);

        // UpdateItem, ReturnValues: UPDATED_* return only the updated attributes, as they were before or are after
        assertThat(updatedOld).isEqualTo(item("a", "1", "b", "2"));
        assertThat(updatedNew).isEqualTo(item("a", "10", "c", "30"));
        assertThat(allOld).isEqualTo(item("pk", "returns", "a", "1", "b", "2"));
        assertThat(none).isEmpty();
    }

    @Test
    void updatedValuesOfANestedPathAreOnlyThatPath() {
        put(item("pk", "nested-returns", "m", m("x", "old", "y", "kept")));

        var old = update("nested-returns", "SET m.x = :new", Map.of(":new", s("new")), ReturnValue.UPDATED_OLD);
        var fresh = update("nested-returns", "SET m.x = :newer", Map.of(":newer", s("newer")), ReturnValue.UPDATED_NEW);

        // UpdateItem, ReturnValues: UPDATED_OLD and UPDATED_NEW return "only the updated attributes": here m.x, not all of m
        assertThat(old).isEqualTo(item("m", m("x", "old")));
        assertThat(fresh).isEqualTo(item("m", m("x", "newer")));
    }

    @Test
    void aConditionOnTheCurrentItemGuardsTheUpdate() {
        put(item("pk", "guarded", "version", n(1)));

        update("guarded", "SET version = :two", "version = :one", Map.of(":one", n(1), ":two", n(2)));

        assertThatThrownBy(() -> update("guarded", "SET version = :two", "version = :one", Map.of(":one", n(1), ":two", n(2))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThatThrownBy(() -> update("never-there", "SET v = :one", "attribute_exists(pk)", Map.of(":one", n(1))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(dynamo.client().getItem(b -> b.tableName(table).key(item("pk", "never-there"))).hasItem()).isFalse();
    }

    @Test
    void updatingAKeyAttributeIsAValidationError() {
        put(item("pk", "key-update"));

        assertThatThrownBy(() -> update("key-update", "SET pk = :v", Map.of(":v", s("other")), ReturnValue.NONE))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Cannot update attribute pk. This attribute is part of the key");
    }

    @Test
    void overlappingPathsAndAnAttributeTwiceAreValidationErrors() {
        assertThatThrownBy(() -> update("overlap", "SET a = :v, a.b = :v", Map.of(":v", s("v")), ReturnValue.NONE))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Two document paths overlap with each other");
        assertThatThrownBy(() -> update("overlap", "SET a = :v REMOVE a", Map.of(":v", s("v")), ReturnValue.NONE))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageContaining("Two document paths overlap with each other");
    }

    private static Map<String, AttributeValue> update(String pk, String expression, Map<String, AttributeValue> values, ReturnValue returns) {
        return dynamo.client().updateItem(b -> b.tableName(table).key(item("pk", pk)).updateExpression(expression)
                .expressionAttributeValues(values).returnValues(returns)).attributes();
    }

    private static void update(String pk, String expression, Map<String, AttributeValue> values, String alias, String name) {
        dynamo.client().updateItem(b -> b.tableName(table).key(item("pk", pk)).updateExpression(expression)
                .expressionAttributeValues(values).expressionAttributeNames(Map.of(alias, name)));
    }

    private static void update(String pk, String expression, String condition, Map<String, AttributeValue> values) {
        dynamo.client().updateItem(b -> b.tableName(table).key(item("pk", pk)).updateExpression(expression)
                .conditionExpression(condition).expressionAttributeValues(values));
    }

    private static void put(Map<String, AttributeValue> item) {
        dynamo.client().putItem(b -> b.tableName(table).item(item));
    }

    private static Map<String, AttributeValue> get(String pk) {
        return dynamo.client().getItem(b -> b.tableName(table).key(item("pk", pk)).consistentRead(true)).item();
    }
}
