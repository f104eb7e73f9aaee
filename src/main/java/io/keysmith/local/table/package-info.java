/**
 * What a table is: its key schema, attribute types, secondary indexes, billing, TTL and tags, as immutable
 * records, with their JSON forms (a CreateTable request in, a TableDescription out). Holds no items; those
 * live in {@code io.keysmith.local.store}.
 */
package io.keysmith.local.table;
