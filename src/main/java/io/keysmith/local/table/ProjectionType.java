package io.keysmith.local.table;

/** Which attributes a secondary index copies from the table. */
public enum ProjectionType {
    ALL, KEYS_ONLY, INCLUDE
}
