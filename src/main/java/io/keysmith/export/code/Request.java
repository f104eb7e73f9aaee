package io.keysmith.export.code;

import java.util.List;
import java.util.Map;

/**
 * One DynamoDB request of an access pattern, independent of the language: expressions with
 * {@code #name}/{@code :value} placeholders, and every value as a sequence of literal text and
 * request parameters.
 */
record Request(String method, String comment, String operation, String table, String index,
        String keyConditionExpression, String filterExpression, String updateExpression,
        Map<String, String> names, Map<String, Value> values, Map<String, Value> key, Map<String, Value> item,
        Boolean scanIndexForward, Integer limit, Boolean consistentRead, List<String> parameters) {

    /** A value built from literal text and parameters, sent as DynamoDB type S, N or B. */
    record Value(String type, List<Part> parts) {
    }

    /** Literal text, or a parameter (zero-padded to {@code pad} digits when above 0). */
    record Part(String literal, String parameter, int pad) {
        static Part text(String literal) {
            return new Part(literal, null, 0);
        }

        static Part param(String parameter, int pad) {
            return new Part(null, parameter, pad);
        }
    }
}
