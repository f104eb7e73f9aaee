package io.keysmith.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Assertions on DynamoDB's refusals: the error code ({@code __type}) and DynamoDB's own message. */
public final class Refusals {

    private Refusals() {
    }

    /** The call fails with a ValidationException whose message is exactly {@code message}. */
    public static void assertValidation(ThrowingCallable call, String message) {
        assertThat(errorMessage(call, "ValidationException")).isEqualTo(message);
    }

    /** The call fails with a ValidationException whose message contains {@code part}. */
    public static void assertValidationContaining(ThrowingCallable call, String part) {
        assertThat(errorMessage(call, "ValidationException")).contains(part);
    }

    /** The call fails with {@code errorCode}; returns DynamoDB's message. */
    public static String errorMessage(ThrowingCallable call, String errorCode) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the request is refused with " + errorCode).isInstanceOf(DynamoDbException.class);
        DynamoDbException refused = (DynamoDbException) thrown;
        assertThat(refused.awsErrorDetails().errorCode()).as(refused.getMessage()).isEqualTo(errorCode);
        return refused.awsErrorDetails().errorMessage();
    }
}
