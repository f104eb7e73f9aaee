/**
 * Sample data: {@link io.keysmith.data.InstanceGenerator} makes plausible, deterministic
 * instances of a model's entities (plain Java values, related by their foreign keys) and
 * {@link io.keysmith.data.ItemRenderer} turns them into the items a design stores. Nothing here
 * talks to DynamoDB; the live table and the seed export build on it.
 */
package io.keysmith.data;
