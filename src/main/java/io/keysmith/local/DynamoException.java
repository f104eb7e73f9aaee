package io.keysmith.local;

import io.keysmith.local.value.Value;
import java.util.List;
import java.util.Map;

/**
 * A request the local engine refuses, with DynamoDB's error type and message, so that clients see
 * the same exception classes as against DynamoDB (ValidationException, ConditionalCheckFailedException...).
 */
public class DynamoException extends RuntimeException {

    private final ErrorType type;
    private final Map<String, Value> item;
    private final List<CancellationReason> reasons;

    public DynamoException(ErrorType type, String message) {
        this(type, message, null, List.of());
    }

    public DynamoException(ErrorType type, String message, Map<String, Value> item, List<CancellationReason> reasons) {
        super(message, null, false, false);
        this.type = type;
        this.item = item;
        this.reasons = List.copyOf(reasons);
    }

    public static DynamoException validation(String message) {
        return new DynamoException(ErrorType.VALIDATION, message);
    }

    public static DynamoException notFound(String message) {
        return new DynamoException(ErrorType.RESOURCE_NOT_FOUND, message);
    }

    /** A failed ConditionExpression; {@code item} is the current item when ReturnValuesOnConditionCheckFailure asks for it. */
    public static DynamoException conditionFailed(Map<String, Value> item) {
        return new DynamoException(ErrorType.CONDITIONAL_CHECK_FAILED, "The conditional request failed", item, List.of());
    }

    public ErrorType type() {
        return type;
    }

    /** The item returned with a failed condition, or null. */
    public Map<String, Value> item() {
        return item;
    }

    /** One reason per action of a cancelled transaction, in order. */
    public List<CancellationReason> reasons() {
        return reasons;
    }

    /** Why one action of a transaction was cancelled: a code (None, ConditionalCheckFailed...) and a message. */
    public record CancellationReason(String code, String message, Map<String, Value> item) {
        public static final CancellationReason NONE = new CancellationReason("None", null, null);
    }
}
