package io.keysmith.design.program;

import com.fasterxml.jackson.annotation.JsonValue;

/** A DynamoDB operation a program step makes, spelled as DynamoDB spells it. */
public enum Operation {
    GET_ITEM("GetItem"),
    QUERY("Query"),
    SCAN("Scan"),
    PUT_ITEM("PutItem"),
    UPDATE_ITEM("UpdateItem"),
    DELETE_ITEM("DeleteItem"),
    CONDITION_CHECK("ConditionCheck"),
    TRANSACT_WRITE_ITEMS("TransactWriteItems"),
    BATCH_WRITE_ITEM("BatchWriteItem");

    private final String json;

    Operation(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** Whether the step reads an item into a scope rather than writing. */
    public boolean isRead() {
        return this == GET_ITEM || this == QUERY || this == SCAN;
    }
}
