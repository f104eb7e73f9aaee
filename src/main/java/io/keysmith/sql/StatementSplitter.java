package io.keysmith.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL file into statements the way psql and the mysql client do: at the delimiter
 * ({@code ;}, or what a MySQL {@code DELIMITER} line sets) outside strings, quoted identifiers,
 * comments ({@code --}, {@code #} at a line's start, nested {@code /* *}{@code /}) and PostgreSQL
 * dollar quotes. With {@code lineMode} every line ends a statement too (a queries file without
 * semicolons). A psql meta-command ({@code \connect}) is a statement of its own line.
 */
final class StatementSplitter {

    /** The statements, and the places where a string, identifier or comment is never closed. */
    record Result(List<SqlStatement> statements, List<String> problems, int delimiters) {
    }

    private final String sql;
    private final boolean lineMode;
    private final boolean backslashEscapes;
    private final List<SqlStatement> statements = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final List<String> comments = new ArrayList<>();
    private String delimiter = ";";
    private int delimiters;
    private int pos;
    private int line = 1;
    private int column = 1;
    private int startLine;
    private int startColumn;
    private int lastEndLine = -1;
    private boolean discard;

    private StatementSplitter(String sql, boolean lineMode) {
        this.sql = sql;
        this.lineMode = lineMode;
        // MySQL strings take backslash escapes; PostgreSQL's standard strings do not. A backtick says MySQL.
        this.backslashEscapes = sql.indexOf('`') >= 0;
    }

    static Result split(String sql, boolean lineMode) {
        StatementSplitter splitter = new StatementSplitter(sql, lineMode);
        splitter.run();
        return new Result(List.copyOf(splitter.statements), List.copyOf(splitter.problems), splitter.delimiters);
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            boolean started = !current.isEmpty();
            if (!started && Character.isWhitespace(c)) {
                advance(false);
            } else if (c == '\n' && lineMode) {
                end();
                advance(false);
            } else if (startsWith("--") || (c == '#' && atLineStart())) {
                lineComment();
            } else if (startsWith("/*")) {
                blockComment();
            } else if (!started && c == '\\') {
                metaCommand();
            } else if (!started && startsWithWord("DELIMITER")) {
                delimiterCommand();
            } else if (startsWith(delimiter)) {
                delimiters++;
                for (int i = 0; i < delimiter.length(); i++) {
                    advance(false);
                }
                end();
            } else if (c == '\'' || c == '"' || c == '`') {
                quoted(c, c == '\'' && backslashEscapes || c == '\'' && escapeStringPrefix());
            } else if (c == '$' && dollarTag() != null) {
                dollarQuoted(dollarTag());
            } else {
                advance(true);
            }
        }
        end();
    }

    private void lineComment() {
        int from = pos;
        boolean trailing = current.isEmpty() && line == lastEndLine;
        while (pos < sql.length() && sql.charAt(pos) != '\n') {
            advance(!current.isEmpty(), ' ');
        }
        String text = sql.substring(from, pos);
        if (trailing && !statements.isEmpty()) {
            SqlStatement last = statements.removeLast();
            List<String> all = new ArrayList<>(last.comments());
            all.add(text);
            statements.add(new SqlStatement(last.text(), last.line(), last.column(), all));
        } else {
            comments.add(text);
        }
    }

    private void blockComment() {
        int openLine = line;
        int openColumn = column;
        int from = pos;
        int depth = 0;
        boolean keep = !current.isEmpty();
        while (pos < sql.length()) {
            if (startsWith("/*")) {
                depth++;
                advance(keep, ' ');
                advance(keep, ' ');
            } else if (startsWith("*/")) {
                depth--;
                advance(keep, ' ');
                advance(keep, ' ');
                if (depth == 0) {
                    comments.add(sql.substring(from, pos));
                    return;
                }
            } else {
                advance(keep, ' ');
            }
        }
        problems.add("line " + openLine + ", column " + openColumn + ": a comment opened here is never closed");
    }

    private void quoted(char quote, boolean escapes) {
        int openLine = line;
        int openColumn = column;
        beginIfNeeded();
        advance(true);
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (escapes && c == '\\' && pos + 1 < sql.length()) {
                advance(true);
                advance(true);
            } else if (c == quote) {
                advance(true);
                if (pos < sql.length() && sql.charAt(pos) == quote) {
                    advance(true); // a doubled quote stands for itself
                } else {
                    return;
                }
            } else {
                advance(true);
            }
        }
        String what = quote == '\'' ? "a string" : "a quoted name";
        problems.add("line " + openLine + ", column " + openColumn + ": " + what + " opened here is never closed");
        discard = true; // the statement runs to the end of the file: nothing of it can be read
    }

    private void dollarQuoted(String tag) {
        int openLine = line;
        int openColumn = column;
        beginIfNeeded();
        for (int i = 0; i < tag.length(); i++) {
            advance(true);
        }
        while (pos < sql.length()) {
            if (startsWith(tag)) {
                for (int i = 0; i < tag.length(); i++) {
                    advance(true);
                }
                return;
            }
            advance(true);
        }
        problems.add("line " + openLine + ", column " + openColumn + ": a " + tag + " quote opened here is never closed");
        discard = true;
    }

    private void metaCommand() {
        while (pos < sql.length() && sql.charAt(pos) != '\n') {
            advance(true);
        }
        end();
    }

    private void delimiterCommand() {
        int from = pos;
        while (pos < sql.length() && sql.charAt(pos) != '\n') {
            advance(false);
        }
        String word = sql.substring(from + "DELIMITER".length(), pos).strip();
        if (!word.isEmpty()) {
            delimiter = word;
        }
        comments.clear();
    }

    /** {@code $tag$} or {@code $$} at a token start ({@code $1} is a parameter, not a quote). */
    private String dollarTag() {
        if (pos > 0 && Character.isLetterOrDigit(sql.charAt(pos - 1))) {
            return null;
        }
        int i = pos + 1;
        while (i < sql.length() && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_'
                || (i > pos + 1 && Character.isDigit(sql.charAt(i))))) {
            i++;
        }
        return i < sql.length() && sql.charAt(i) == '$' ? sql.substring(pos, i + 1) : null;
    }

    private boolean escapeStringPrefix() {
        return pos > 0 && (sql.charAt(pos - 1) == 'E' || sql.charAt(pos - 1) == 'e')
                && (pos < 2 || !Character.isLetterOrDigit(sql.charAt(pos - 2)));
    }

    private boolean atLineStart() {
        for (int i = pos - 1; i >= 0 && sql.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(sql.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(String text) {
        return sql.startsWith(text, pos);
    }

    private boolean startsWithWord(String word) {
        return sql.regionMatches(true, pos, word, 0, word.length())
                && pos + word.length() < sql.length() && Character.isWhitespace(sql.charAt(pos + word.length()));
    }

    private void beginIfNeeded() {
        if (current.isEmpty()) {
            startLine = line;
            startColumn = column;
        }
    }

    private void advance(boolean keep) {
        advance(keep, sql.charAt(pos));
    }

    /** Moves one character on, adding it (or {@code as}, for blanked comments) to the statement when kept. */
    private void advance(boolean keep, char as) {
        char c = sql.charAt(pos);
        if (keep) {
            beginIfNeeded();
            current.append(c == '\n' ? '\n' : c == '\t' || c == '\r' ? ' ' : as);
        }
        pos++;
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private void end() {
        String text = current.toString();
        if (!text.isBlank() && !discard) {
            statements.add(new SqlStatement(text.stripTrailing(), startLine, startColumn, comments));
            lastEndLine = line;
        }
        current.setLength(0);
        comments.clear();
        discard = false;
    }
}
