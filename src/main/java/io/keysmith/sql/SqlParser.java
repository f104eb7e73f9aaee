package io.keysmith.sql;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * Parses one statement with JSqlParser, on a worker thread with a time limit (a pathological
 * statement cannot hang an import); a failure becomes an {@link SqlProblem} at the file position
 * of the token the parser stopped at. One per import: close it when done.
 */
final class SqlParser implements AutoCloseable {

    private static final long TIME_LIMIT_MS = 5_000;
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "keysmith-sql-parser");
        thread.setDaemon(true);
        return thread;
    });

    Statement parse(SqlStatement statement) throws SqlProblem {
        try {
            return CCJSqlParserUtil.parse(statement.text(), worker, p -> p.withTimeOut(TIME_LIMIT_MS));
        } catch (JSQLParserException e) {
            throw problem(statement, e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SqlProblem(statement.start(), "the SQL parser cannot read " + statement.head()
                    + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Parses a piece of SQL made up by the importer itself (an inline REFERENCES read as a constraint); null when it cannot. */
    Statement parseQuietly(String sql) {
        try {
            return CCJSqlParserUtil.parse(sql, worker, p -> p.withTimeOut(TIME_LIMIT_MS));
        } catch (JSQLParserException | RuntimeException e) {
            return null;
        }
    }

    private static SqlProblem problem(SqlStatement statement, Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof java.util.concurrent.TimeoutException) {
            return new SqlProblem(statement.start(), statement.head() + " takes the SQL parser more than "
                    + TIME_LIMIT_MS / 1000 + " s; skipped");
        }
        if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
            Token next = parse.currentToken.next;
            SqlStatement.Position at = statement.positionOf(next.beginLine, next.beginColumn);
            String what = next.kind == 0 || next.image == null || next.image.isEmpty()
                    ? "the statement ends before it is complete"
                    : "unexpected \"" + Names.printable(next.image) + "\"";
            return new SqlProblem(at, what);
        }
        String message = String.valueOf(cause.getMessage());
        Matcher m = LINE_COLUMN.matcher(message);
        SqlStatement.Position at = m.find()
                ? statement.positionOf(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : statement.start();
        String first = message.lines().findFirst().orElse("").strip();
        if (first.startsWith("Lexical error")) {
            first = "a character the SQL parser does not know";
        }
        return new SqlProblem(at, Names.printable(first.length() > 120 ? first.substring(0, 117) + "..." : first));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
