package io.keysmith.sql;

import java.util.ArrayList;
import java.util.List;

/** A column as the DDL declares it: name, SQL type, nullability, enumeration values, comment. Filled statement by statement. */
final class SqlColumn {

    final String name;
    final String sqlType;
    final boolean array;
    boolean notNull;
    String comment;
    final List<Object> values = new ArrayList<>();

    SqlColumn(String name, String sqlType, boolean array) {
        this.name = name;
        this.sqlType = sqlType;
        this.array = array;
    }
}
