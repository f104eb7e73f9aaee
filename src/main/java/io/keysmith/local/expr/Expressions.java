package io.keysmith.local.expr;

import java.util.List;

/** Parses DynamoDB's expression languages; each parse validates as DynamoDB does and throws a ValidationException. */
public final class Expressions {

    private Expressions() {}

    /** A ConditionExpression or FilterExpression. {@code clause} names it in messages ("ConditionExpression"). */
    public static Condition condition(String text, ExpressionInput input, String clause) {
        return new ParsedCondition(new ConditionParser(text, input, clause).parse());
    }

    /**
     * A KeyConditionExpression against a key schema: {@code hashNames} are the partition key attributes
     * (one, or up to four for a multi-attribute GSI key), {@code rangeNames} the sort key attributes (none,
     * one, or up to four), in schema order.
     */
    public static KeyCondition keyCondition(String text, ExpressionInput input, List<String> hashNames, List<String> rangeNames) {
        Cond cond = new ConditionParser(text, input, "KeyConditionExpression").parse();
        return KeyConditionBuilder.build(cond, hashNames, rangeNames);
    }

    /** An UpdateExpression. */
    public static Update update(String text, ExpressionInput input) {
        return new ParsedUpdate(new UpdateParser(text, input).parse());
    }

    /** A ProjectionExpression. */
    public static Projection projection(String text, ExpressionInput input) {
        return new ParsedProjection(new ProjectionParser(text, input).parse());
    }
}
