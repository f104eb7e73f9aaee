/**
 * The live table: the only package that talks to DynamoDB (AWS SDK v2, and DynamoDB Local
 * embedded in the process). {@link io.keysmith.live.ApplyService} plans, creates, seeds and
 * verifies a design's tables; everything else here is a part of that.
 */
package io.keysmith.live;
