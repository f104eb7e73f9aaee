/**
 * DynamoDB's operations on the store: one handler per operation or small group (tables, items, batches,
 * Query and Scan, transactions, TTL and tags), each reading its JSON request, validating it with DynamoDB's
 * messages, and writing its JSON response. Shared pieces: key rules, capacity arithmetic, the single-item
 * write path.
 */
package io.keysmith.local.ops;
