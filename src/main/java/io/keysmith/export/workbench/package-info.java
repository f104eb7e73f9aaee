/**
 * NoSQL Workbench: export of a design as a Workbench data model (tables, GSIs, one facet per
 * entity with its key templates as aliases, sample items), and import of Workbench files into a
 * Keysmith model.
 */
package io.keysmith.export.workbench;
