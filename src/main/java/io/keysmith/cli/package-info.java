/**
 * The command line: one class per command, dispatched by {@link io.keysmith.cli.Cli}. Commands
 * print to the given streams and return an exit status; they never start Spring or a web server.
 */
package io.keysmith.cli;
