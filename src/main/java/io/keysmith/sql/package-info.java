/**
 * Importing a relational schema: PostgreSQL or MySQL DDL (and optionally the application's SQL
 * statements) into a Keysmith model, with JSqlParser. The file is split into statements here
 * ({@link io.keysmith.sql.StatementSplitter}), each parsed on its own so one unsupported statement
 * costs only itself; the tables read ({@link io.keysmith.sql.SqlSchema}) become entities,
 * relationships and inferred read patterns; queries become access patterns. Nothing here touches
 * the design engine, the web app or the files: the caller decides what to write.
 */
package io.keysmith.sql;
