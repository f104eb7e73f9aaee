package io.keysmith.local;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The DynamoDB operations the local engine serves, by their wire names ({@code X-Amz-Target} after the dot). */
public enum Operation {
    CREATE_TABLE("CreateTable", true),
    DESCRIBE_TABLE("DescribeTable", false),
    LIST_TABLES("ListTables", false),
    DELETE_TABLE("DeleteTable", true),
    UPDATE_TABLE("UpdateTable", true),
    PUT_ITEM("PutItem", true),
    GET_ITEM("GetItem", false),
    UPDATE_ITEM("UpdateItem", true),
    DELETE_ITEM("DeleteItem", true),
    QUERY("Query", false),
    SCAN("Scan", false),
    BATCH_WRITE_ITEM("BatchWriteItem", true),
    BATCH_GET_ITEM("BatchGetItem", false),
    TRANSACT_WRITE_ITEMS("TransactWriteItems", true),
    TRANSACT_GET_ITEMS("TransactGetItems", false),
    UPDATE_TIME_TO_LIVE("UpdateTimeToLive", true),
    DESCRIBE_TIME_TO_LIVE("DescribeTimeToLive", false),
    TAG_RESOURCE("TagResource", true),
    UNTAG_RESOURCE("UntagResource", true),
    LIST_TAGS_OF_RESOURCE("ListTagsOfResource", false),
    DESCRIBE_ENDPOINTS("DescribeEndpoints", false),
    DESCRIBE_LIMITS("DescribeLimits", false),
    DESCRIBE_CONTINUOUS_BACKUPS("DescribeContinuousBackups", false);

    private static final Map<String, Operation> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toMap(Operation::wireName, Function.identity()));

    private final String wireName;
    private final boolean writes;

    Operation(String wireName, boolean writes) {
        this.wireName = wireName;
        this.writes = writes;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the operation may change tables or items (and so grow the log). */
    public boolean writes() {
        return writes;
    }

    /** The operation with this wire name, or null. */
    public static Operation of(String wireName) {
        return wireName == null ? null : BY_WIRE_NAME.get(wireName);
    }
}
