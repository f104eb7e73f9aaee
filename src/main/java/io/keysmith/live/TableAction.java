package io.keysmith.live;

import io.keysmith.design.Table;
import io.keysmith.export.TableSpec;

/**
 * What applying does to one table: create it, reuse an existing one with the same schema,
 * replace one with a different schema (only when asked), or refuse to touch it. {@code spec} is the
 * table as DynamoDB receives it, the same translation the exporters deploy.
 */
public record TableAction(Table table, TableSpec spec, Kind kind, String existingSchema, String wantedSchema, String reason) {

    /** The closed set of things apply may do to a table. */
    public enum Kind { CREATE, REUSE, REPLACE, REFUSE }

    public boolean refused() {
        return kind == Kind.REFUSE;
    }
}
