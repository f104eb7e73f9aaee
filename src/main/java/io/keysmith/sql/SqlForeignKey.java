package io.keysmith.sql;

import java.util.List;

/**
 * A foreign key: columns of the child table referencing a parent table (its primary key when the
 * referenced columns are not named), and where it is declared.
 */
record SqlForeignKey(String name, List<String> columns, String parentSchema, String parentTable,
        List<String> parentColumns, SqlStatement.Position at) {

    SqlForeignKey {
        columns = List.copyOf(columns);
        parentColumns = List.copyOf(parentColumns);
    }
}
