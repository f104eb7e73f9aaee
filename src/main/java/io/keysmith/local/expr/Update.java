package io.keysmith.local.expr;

import io.keysmith.local.value.Value;
import java.util.Map;
import java.util.Set;

/** A parsed UpdateExpression (SET, REMOVE, ADD, DELETE clauses). */
public interface Update {

    /**
     * The item after the update; {@code item} is the current item (empty when it does not exist) and is
     * not changed. Throws a ValidationException for what DynamoDB refuses at run time (an operand of the
     * wrong type, a path into a missing attribute...).
     */
    Map<String, Value> apply(Map<String, Value> item);

    /** The top-level attribute names the update writes or removes (to refuse changes to key attributes). */
    Set<String> topLevelAttributes();

    /** The part of an item at the paths this update writes or removes, as UPDATED_OLD and UPDATED_NEW return it. */
    Map<String, Value> updatedPaths(Map<String, Value> item);
}
