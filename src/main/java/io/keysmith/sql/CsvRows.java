package io.keysmith.sql;

import java.util.ArrayList;
import java.util.List;

/** Rows of a CSV file as psql's {@code \copy ... CSV HEADER} writes them: quoted fields may hold commas, doubled quotes and newlines. */
final class CsvRows {

    /** One row: its fields and the line it starts on. */
    record Row(List<String> fields, int line) {
    }

    private CsvRows() {
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.getFirst().isBlank())) {
                    rows.add(new Row(List.copyOf(fields), rowLine));
                }
                fields.clear();
                rowLine = line + 1;
            } else {
                field.append(c);
            }
            if (c == '\n' || c == '\r') {
                line++;
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(List.copyOf(fields), rowLine));
        }
        return rows;
    }
}
