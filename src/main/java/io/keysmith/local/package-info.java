/**
 * Keysmith's own DynamoDB-compatible engine, in process: {@link io.keysmith.local.LocalEngine} takes
 * DynamoDB's JSON requests by operation name and returns its JSON responses or a
 * {@link io.keysmith.local.DynamoException}. The subpackages hold values, expressions, table schemas,
 * the item store and the operation handlers; the HTTP server lives in {@code server}.
 */
package io.keysmith.local;
