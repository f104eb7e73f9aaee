package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.Map;

/** A parsed ConditionExpression or FilterExpression. */
public interface Condition {

    /** Whether the item satisfies the condition; an absent item is an empty map (every attribute missing). */
    boolean test(Map<String, Value> item);
}
