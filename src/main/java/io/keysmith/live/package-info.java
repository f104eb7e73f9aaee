/**
 * The live table: the only package that talks to DynamoDB (AWS SDK v2), on AWS, at an endpoint,
 * or on Keysmith's local engine started in this process ({@code LocalEndpoint}, over HTTP like any
 * other endpoint). {@link io.keysmith.live.ApplyService} plans, creates, seeds and
 * verifies a design's tables; everything else here is a part of that: connecting
 * ({@code Connection}, {@code LocalEndpoint}, {@code Failures}), tables ({@code TableSchema}),
 * seeding ({@code SeedWriter}, {@code BatchWrites}, {@code WriteRetry}, {@code SeedingBenchmark}), and verifying
 * ({@code Verifier}: {@code Parameters} draws inputs, {@code Semantics} computes the model's
 * answer, {@code PlanRunner} runs the plan through {@code KeyLookup}, {@code PagedQuery} and
 * {@code PagedScan}, {@code AnswerComparison} compares, {@code WriteCheck} exercises writes).
 */
package io.keysmith.live;
