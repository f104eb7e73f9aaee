package io.keysmith.design;

/** A copy of an entity's item keyed by a unique attribute: enforces uniqueness and serves lookups. */
public record Lookup(String entity, String attribute, String pk, String sk) {
}
