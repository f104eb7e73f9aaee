package io.keysmith.sql;

import io.keysmith.imports.QueryFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The statements of a queries file with their rates: SQL separated by {@code ;} (or one a line
 * when the file has no semicolon), each with an optional {@code -- rate: 120/s} comment; or a
 * {@code pg_stat_statements} CSV export, whose {@code calls} over the stated period give average
 * rates.
 */
final class QueryFileReader {

    /** A statement to map, and its rate in requests per second (null when the file does not say). */
    record Query(SqlStatement statement, Double rate) {
    }

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(1);

    private QueryFileReader() {
    }

    static List<Query> read(QueryFile file, List<String> notes, List<String> warnings) {
        String name = file.source().name();
        String text = file.source().text();
        if (isCsv(name, text)) {
            return csv(file, notes, warnings);
        }
        StatementSplitter.Result split = StatementSplitter.split(text, false);
        if (split.delimiters() == 0) {
            split = StatementSplitter.split(text, true);
        }
        split.problems().forEach(p -> warnings.add(name + ": " + p));
        List<Query> queries = new ArrayList<>();
        for (SqlStatement statement : split.statements()) {
            Optional<Double> rate = RateHints.of(statement.comments());
            if (rate.isEmpty() && RateHints.mentionsRate(statement.comments())) {
                warnings.add(name + ": " + statement.start() + ": the rate comment cannot be read (write e.g. -- rate: 120/s);"
                        + " the pattern gets the default rate");
            }
            queries.add(new Query(statement, rate.orElse(null)));
        }
        return queries;
    }

    static boolean isCsv(String name, String text) {
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return true;
        }
        String first = text.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return first.contains(",") && first.contains("calls") && first.contains("query");
    }

    private static List<Query> csv(QueryFile file, List<String> notes, List<String> warnings) {
        String name = file.source().name();
        List<CsvRows.Row> rows = CsvRows.parse(file.source().text());
        if (rows.isEmpty()) {
            warnings.add(name + ": the CSV file is empty");
            return List.of();
        }
        List<String> header = rows.getFirst().fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int query = header.indexOf("query");
        int calls = header.indexOf("calls");
        if (query < 0 || calls < 0) {
            warnings.add(name + ": line 1: a pg_stat_statements export needs the columns \"query\" and \"calls\"; found "
                    + Names.printable(String.join(", ", header)));
            return List.of();
        }
        Duration period = file.period() == null ? DEFAULT_PERIOD : file.period();
        double seconds = period.toMillis() / 1000.0;
        notes.add(name + ": rates are calls / " + Math.round(seconds) + " s (" + describe(period)
                + (file.period() == null ? ", the default; give --period for the time the counts cover" : "")
                + "): average rates, peaks are higher");
        List<Query> queries = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() <= Math.max(query, calls)) {
                warnings.add(name + ": line " + row.line() + ": the row has " + row.fields().size() + " fields; skipped");
                continue;
            }
            double count;
            try {
                count = Double.parseDouble(row.fields().get(calls).strip());
            } catch (NumberFormatException e) {
                warnings.add(name + ": line " + row.line() + ": calls \"" + Names.printable(row.fields().get(calls))
                        + "\" is not a number; the pattern gets the default rate");
                count = -1;
            }
            String sql = row.fields().get(query).strip();
            if (sql.endsWith(";")) {
                sql = sql.substring(0, sql.length() - 1);
            }
            int column = 1;
            queries.add(new Query(new SqlStatement(sql, row.line(), column, List.of()),
                    count > 0 ? count / seconds : null));
        }
        return queries;
    }

    private static String describe(Duration period) {
        long s = period.toSeconds();
        return s % 86_400 == 0 ? s / 86_400 + " d" : s % 3600 == 0 ? s / 3600 + " h" : s % 60 == 0 ? s / 60 + " min" : s + " s";
    }
}
