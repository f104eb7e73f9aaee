package io.keysmith.sql;

import java.util.List;

/**
 * One statement of an SQL file: its text with comments blanked out (newlines kept, so positions in
 * it map back to the file), where it starts, and the comments written before it or after it on its
 * last line (where a {@code -- rate: 120/s} hint lives).
 */
record SqlStatement(String text, int line, int column, List<String> comments) {

    SqlStatement {
        comments = List.copyOf(comments);
    }

    /** The position in the file of a position inside {@link #text} (both 1-based). */
    Position positionOf(int lineInText, int columnInText) {
        return lineInText <= 1
                ? new Position(line, column + Math.max(columnInText, 1) - 1)
                : new Position(line + lineInText - 1, Math.max(columnInText, 1));
    }

    Position start() {
        return new Position(line, column);
    }

    /** The first words of the statement on one line, for messages ({@code CREATE TABLE shop.orders}). */
    String head() {
        String flat = text.strip().replaceAll("\\s+", " ");
        int paren = flat.indexOf('(');
        String head = paren > 0 ? flat.substring(0, paren).strip() : flat;
        return Names.printable(head.length() > 60 ? head.substring(0, 57) + "..." : head);
    }

    /** A line and a column of the source file. */
    record Position(int line, int column) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }
}
