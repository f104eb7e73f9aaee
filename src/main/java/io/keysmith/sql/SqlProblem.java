package io.keysmith.sql;

/** A statement that cannot be read, with where in the file and why. */
final class SqlProblem extends Exception {

    private final SqlStatement.Position position;

    SqlProblem(SqlStatement.Position position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    SqlStatement.Position position() {
        return position;
    }
}
