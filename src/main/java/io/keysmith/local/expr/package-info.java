/**
 * DynamoDB's expression languages for the local engine: condition and filter expressions, key condition
 * expressions, update expressions and projection expressions, with their expression attribute names and
 * values. Each is parsed once (validating as DynamoDB does, with its messages) into a small tree that is then
 * evaluated against items.
 */
package io.keysmith.local.expr;
