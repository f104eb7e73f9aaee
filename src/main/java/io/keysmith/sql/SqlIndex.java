package io.keysmith.sql;

import java.util.List;

/**
 * A secondary index or a unique constraint: its columns in order (the sort direction of each, for
 * the read it serves), whether it is unique, and the condition of a partial index.
 */
record SqlIndex(String name, List<String> columns, List<Boolean> descending, boolean unique, String where) {

    SqlIndex {
        columns = List.copyOf(columns);
        descending = List.copyOf(descending);
    }

    static SqlIndex of(String name, List<String> columns, boolean unique) {
        return new SqlIndex(name, columns, columns.stream().map(c -> false).toList(), unique, null);
    }
}
