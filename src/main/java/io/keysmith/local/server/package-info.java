/**
 * Keysmith's local engine on the wire: {@link io.keysmith.local.server.LocalServer} answers
 * DynamoDB's JSON 1.0 protocol over HTTP (POST {@code /} with {@code X-Amz-Target}), so that the AWS
 * SDKs and the AWS CLI talk to it as to DynamoDB. Request parsing, the response
 * headers the SDKs check ({@code x-amz-crc32}) and DynamoDB's error bodies live here; the
 * operations themselves are the engine's ({@link io.keysmith.local.LocalEngine}). There is no
 * authentication: any signature is accepted, which is why the server binds to loopback unless told
 * otherwise.
 */
package io.keysmith.local.server;
