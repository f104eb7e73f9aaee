package io.keysmith.local.table;

/** Global or local secondary index. */
public enum IndexKind {
    GLOBAL, LOCAL
}
