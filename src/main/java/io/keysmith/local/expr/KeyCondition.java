package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.List;

/**
 * A parsed KeyConditionExpression: the partition key values (one per hash attribute, in schema order),
 * equality values for a leading run of sort attributes, and an optional condition on the next sort
 * attribute. For a one-attribute sort key, {@code sortEquals} is empty and {@code sort} holds the
 * condition (an {@code EQ} included), or is null when the query gives no sort condition.
 */
public record KeyCondition(List<Value> hashValues, List<Value> sortEquals, SortCondition sort) {

    public KeyCondition {
        hashValues = List.copyOf(hashValues);
        sortEquals = List.copyOf(sortEquals);
    }

    /** A condition on one sort key attribute; {@code high} is used by BETWEEN only. */
    public record SortCondition(Op op, Value low, Value high) {}

    public enum Op { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }
}
