package io.keysmith.live;

import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** When a BatchWriteItem call is resent: which errors are worth another try, and how long to wait first. */
final class WriteRetry {

    static final int MAX_ATTEMPTS = 15;
    /** A request that timed out may or may not have been applied; puts are idempotent, so a few resends are safe. */
    static final int MAX_CLIENT_ERRORS = 3;
    private static final long BASE_MILLIS = 20;
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    private WriteRetry() {
    }

    static boolean retryable(DynamoDbException e) {
        if (e.isThrottlingException() || e.statusCode() >= 500) {
            return true;
        }
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
        return "ProvisionedThroughputExceededException".equals(code) || "ThrottlingException".equals(code)
                || "RequestLimitExceeded".equals(code);
    }

    /** Exponential backoff with full jitter, so that throttled writers do not retry in step. */
    static void backoff(int attempt) {
        long cap = Math.min(MAX_BACKOFF_MILLIS, BASE_MILLIS << Math.min(attempt, 10));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(cap + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
