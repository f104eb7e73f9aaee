/**
 * Keysmith: designs Amazon DynamoDB tables from access patterns. {@link io.keysmith.Application}
 * starts the web app, or the command line when given a command; the capabilities live in the
 * packages below ({@code model}, {@code design}, {@code data}, {@code export}, {@code live},
 * {@code workspace}, {@code web}, {@code cli}).
 */
package io.keysmith;
