/**
 * The local engine's benchmark ({@code keysmith bench --engine}): synthetic items of about 300 bytes
 * in a table with two GSIs, loaded over HTTP by parallel BatchWriteItem writers, with every figure
 * given as a ratio against a baseline measured in the same run; plus heap and query latency.
 */
package io.keysmith.live.bench;
