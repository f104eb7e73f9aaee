/**
 * Conformance suite of Keysmith's local engine: one test class per area of the DynamoDB API, each
 * test asserting documented DynamoDB behaviour through the AWS SDK over HTTP. By default each class
 * starts its own {@code LocalServer}; {@code -Dkeysmith.conformance.endpoint=dynalite} (a private
 * dynalite), {@code =aws} (real DynamoDB, default credentials) or {@code =http://host:port} runs
 * the same tests elsewhere ({@link io.keysmith.local.conformance.DynamoEndpoint}). What an
 * implementation lacks is skipped by {@link io.keysmith.local.conformance.Feature}. Not here: the
 * engine's unit tests, and the differential test against dynalite ({@code io.keysmith.local.dynalite}).
 */
package io.keysmith.local.conformance;
