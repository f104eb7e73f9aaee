/**
 * CDK export: a TypeScript CDK app with one stack holding a {@code TableV2} per design table, its
 * indexes, TTL, point-in-time recovery, billing with autoscaling, outputs, and pinned packages.
 */
package io.keysmith.export.cdk;
