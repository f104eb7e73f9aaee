package io.keysmith.live;

import io.keysmith.design.program.Operation;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One write of a program with every template rendered: the same values become a single request
 * or a part of a transaction or of a batch. Names and values go with the request only when it has an expression.
 */
record RenderedWrite(Operation operation, String table, Map<String, AttributeValue> key,
        Map<String, AttributeValue> item, String update, String condition, Placeholders placeholders) {

    private Map<String, String> names() {
        return update == null && condition == null || placeholders.names.isEmpty() ? null : placeholders.names;
    }

    private Map<String, AttributeValue> values() {
        return update == null && condition == null || placeholders.values.isEmpty() ? null : placeholders.values;
    }

    void send(DynamoDbClient client) {
        switch (operation) {
            case PUT_ITEM -> client.putItem(PutItemRequest.builder().tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeNames(names()).expressionAttributeValues(values()).build());
            case UPDATE_ITEM -> client.updateItem(UpdateItemRequest.builder().tableName(table).key(key).updateExpression(update)
                    .conditionExpression(condition).expressionAttributeNames(names()).expressionAttributeValues(values()).build());
            case DELETE_ITEM -> client.deleteItem(DeleteItemRequest.builder().tableName(table).key(key).conditionExpression(condition)
                    .expressionAttributeNames(names()).expressionAttributeValues(values()).build());
            case CONDITION_CHECK -> client.transactWriteItems(b -> b.transactItems(part()));
            default -> throw new IllegalStateException(operation.json() + " is not a write");
        }
    }

    TransactWriteItem part() {
        return switch (operation) {
            case PUT_ITEM -> TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeNames(names()).expressionAttributeValues(values()).build()).build();
            case UPDATE_ITEM -> TransactWriteItem.builder().update(Update.builder().tableName(table).key(key)
                    .updateExpression(update).conditionExpression(condition).expressionAttributeNames(names())
                    .expressionAttributeValues(values()).build()).build();
            case DELETE_ITEM -> TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key)
                    .conditionExpression(condition).expressionAttributeNames(names()).expressionAttributeValues(values()).build())
                    .build();
            case CONDITION_CHECK -> TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table).key(key)
                    .conditionExpression(condition).expressionAttributeNames(names()).expressionAttributeValues(values()).build())
                    .build();
            default -> throw new IllegalStateException(operation.json() + " is not a write");
        };
    }

    /** The write as a request of a BatchWriteItem: a put or a delete, without condition (a batch takes none). */
    WriteRequest batchRequest() {
        if (condition != null || update != null) {
            throw new IllegalStateException("a BatchWriteItem takes no condition or update: " + this);
        }
        return switch (operation) {
            case PUT_ITEM -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
            case DELETE_ITEM -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
            default -> throw new IllegalStateException(operation.json() + " cannot be part of a BatchWriteItem");
        };
    }

    /** The request as a report shows it: operation, table, key or item, expressions with names and plain values. */
    @Override
    public String toString() {
        return operation.json() + " " + table + " " + ProgramReads.plain(key != null ? key : item) + (update == null ? "" : " " + update)
                + (condition == null ? "" : " if " + condition)
                + (names() == null ? "" : " " + names() + (values() == null ? "" : " " + ProgramReads.plain(values())));
    }
}
