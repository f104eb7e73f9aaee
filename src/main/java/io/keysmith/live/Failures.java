package io.keysmith.live;

import io.keysmith.export.ExportException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Turns SDK exceptions into one clear sentence about the target, without credentials or stack traces. */
final class Failures {

    private Failures() {
    }

    static LiveException explain(Target target, RuntimeException e) {
        if (e instanceof LiveException live) {
            return live;
        }
        if (e instanceof ExportException x) {
            // the design breaks a DynamoDB rule (a name, a key type): the same sentence the exporters give
            return new LiveException(x.getMessage().replaceFirst("^cannot export: ", "cannot create the tables: "), e);
        }
        String where = target.describe();
        if (e instanceof SdkClientException) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Unable to load credentials") || message.contains("credentials")) {
                return new LiveException("no AWS credentials found for " + where
                        + "; configure them (aws configure, or AWS_PROFILE) and try again", e);
            }
            if (cause(e, UnknownHostException.class)) {
                return new LiveException("cannot resolve the DynamoDB host for " + where
                        + (target.isAws() ? "; is the region right?" : "; check the URL"), e);
            }
            if (cause(e, ConnectException.class) || cause(e, HttpConnectTimeoutException.class)
                    || message.contains("Connect") || message.contains("connect")) {
                return new LiveException("cannot reach DynamoDB at " + where + ": connection refused or timed out", e);
            }
            return new LiveException("cannot talk to DynamoDB at " + where + ": " + firstLine(message), e);
        }
        if (e instanceof DynamoDbException d && d.awsErrorDetails() != null) {
            String code = d.awsErrorDetails().errorCode();
            if ("UnrecognizedClientException".equals(code) || "InvalidSignatureException".equals(code)
                    || "ExpiredTokenException".equals(code)) {
                return new LiveException("the AWS credentials for " + where + " were rejected (" + code
                        + "); is the profile or region right?", e);
            }
            if ("AccessDeniedException".equals(code)) {
                return new LiveException("access denied at " + where + ": " + firstLine(d.awsErrorDetails().errorMessage()), e);
            }
            return new LiveException("DynamoDB at " + where + " refused the request: " + code + ": "
                    + firstLine(d.awsErrorDetails().errorMessage()), e);
        }
        return new LiveException("unexpected failure at " + where + ": " + firstLine(String.valueOf(e.getMessage())), e);
    }

    private static boolean cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String s) {
        int cut = s.indexOf('\n');
        return cut < 0 ? s : s.substring(0, cut);
    }
}
