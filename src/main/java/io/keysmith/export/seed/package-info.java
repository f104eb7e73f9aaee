/**
 * Seed data export: sample items (from {@code io.keysmith.data}) as batch-write-item request
 * files and as newline-delimited DynamoDB JSON for DynamoDB's import from S3.
 */
package io.keysmith.export.seed;
