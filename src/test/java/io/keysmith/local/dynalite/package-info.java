/**
 * Differential test of Keysmith's local engine against dynalite, an independent DynamoDB
 * implementation: the same seeded random operations go to both through the AWS SDK and their
 * answers must agree, up to what is legitimately unordered and the documented differences in
 * {@link io.keysmith.local.dynalite.KnownDifference}. Also here: {@link io.keysmith.local.dynalite.Dynalite},
 * which runs dynalite for this test and for the conformance suite.
 */
package io.keysmith.local.dynalite;
