/**
 * ElectroDB export: one ElectroDB entity per Keysmith entity (and per uniqueness marker) whose key
 * templates write exactly the design's keys, a service with the collections of shared partitions,
 * and a usage module with the ElectroDB call of every access pattern. Not here: the TypeScript
 * access-pattern module of {@code export/code}.
 */
package io.keysmith.export.electrodb;
