package io.keysmith.local.expr;

import java.util.List;

/** Parses DynamoDB's expression languages; each parse validates as DynamoDB does and throws a ValidationException. */
public final class Expressions {

    private Expressions() {}

    /** A ConditionExpression or FilterExpression. {@code clause} names it in messages ("ConditionExpression"). */
    public static Condition condition(String text, ExpressionInput input, String clause) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * A KeyConditionExpression against a key schema: {@code hashNames} are the partition key attributes
     * (one, or up to four for a multi-attribute GSI key), {@code rangeNames} the sort key attributes (none,
     * one, or up to four), in schema order.
     */
    public static KeyCondition keyCondition(String text, ExpressionInput input, List<String> hashNames, List<String> rangeNames) {
        throw new UnsupportedOperationException("TODO");
    }

    /** An UpdateExpression. */
    public static Update update(String text, ExpressionInput input) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A ProjectionExpression. */
    public static Projection projection(String text, ExpressionInput input) {
        throw new UnsupportedOperationException("TODO");
    }
}
