package io.keysmith.imports;

import java.time.Duration;

/**
 * The application's SQL statements given with a schema, and for a {@code pg_stat_statements}
 * export the time its call counts were gathered over (null: one day, which the import says).
 */
public record QueryFile(ImportSource source, Duration period) {
}
