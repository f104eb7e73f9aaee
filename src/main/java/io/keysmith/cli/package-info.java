/**
 * The command line: one class per command, dispatched by {@link io.keysmith.cli.Cli}. Commands
 * print to the given streams and return an exit status; they never start Spring or the web app
 * ({@code local} serves only the local engine's DynamoDB endpoint).
 */
package io.keysmith.cli;
