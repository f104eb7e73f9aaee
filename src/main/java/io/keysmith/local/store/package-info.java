/**
 * Where items live: each item encoded compactly ({@link io.keysmith.local.store.ItemCodec}), per table a map
 * of partitions ordered by a hash token (so Scan segments and pages are stable), each partition a skip list
 * ordered by sort key, and per index an ordered structure sharing the table's encoded items. Also the
 * striped locks that serialise writes to a partition, and the write-ahead log and snapshots of a persistent
 * engine. Knows nothing of requests or JSON (apart from the stored table schema).
 */
package io.keysmith.local.store;
