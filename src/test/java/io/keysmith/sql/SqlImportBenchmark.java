package io.keysmith.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.imports.ImportResult;
import io.keysmith.model.ModelJson;
import io.keysmith.model.ModelReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.junit.jupiter.api.Test;

/**
 * Prints how long importing a generated PostgreSQL schema of 200 tables takes (the issue asks for
 * under 2 s), the first import in a fresh JVM and the median after warm-up, against two baselines
 * measured in the same run: JSqlParser alone parsing the same text, and reading the imported model's
 * JSON. A benchmark, not a test: it asserts no time. Run it with {@code mvn -B test
 * -Dtest=SqlImportBenchmark}; surefire's default includes skip it. It also writes the schema to
 * {@code target/sql-bench/generated-200.sql} to time the command line on it.
 */
class SqlImportBenchmark {

    private static final int TABLES = 200;
    private static final int WARM_UP = 10;
    private static final int ROUNDS = 30;

    @Test
    void printsTheImportTimeOfTwoHundredTables() throws Exception {
        String sql = schema(TABLES);
        Path out = Path.of("target/sql-bench/generated-200.sql");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sql);

        long start = System.nanoTime();
        ImportResult first = SqlImports.of("generated-200.sql", sql);
        double cold = (System.nanoTime() - start) / 1e6;
        String json = ModelJson.write(first.model());
        assertThat(ModelReader.parse(json).ok()).isTrue();
        assertThat(first.model().entities()).hasSize(TABLES);
        assertThat(first.warnings()).isEmpty();

        double[] parserAlone = time(i -> parseAll(sql));
        double[] modelJson = time(i -> ModelReader.parse(json));
        double[] imports = time(i -> SqlImports.of("generated-200.sql", sql));

        System.out.printf(Locale.ROOT, "%nSQL import benchmark: %d tables, %d relationships, %d access patterns, %,d bytes of DDL%n",
                TABLES, first.model().relationships().size(), first.model().accessPatterns().size(), sql.length());
        System.out.printf(Locale.ROOT, "first import in this JVM (cold): %.0f ms%n", cold);
        System.out.printf(Locale.ROOT, "%-52s %10s %10s %8s%n", "after " + WARM_UP + " warm-up, " + ROUNDS + " rounds", "median ms", "p95 ms", "ratio");
        print("baseline: JSqlParser alone, parseStatements(text)", parserAlone, parserAlone);
        print("baseline: read the imported model JSON", modelJson, parserAlone);
        print("import: split, parse, map, infer patterns", imports, parserAlone);
    }

    private static void parseAll(String sql) {
        try {
            CCJSqlParserUtil.parseStatements(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shop-like schema: each table has a key, typed columns, a unique column, a CHECK enumeration, foreign keys to earlier tables and an index. */
    static String schema(int tables) {
        StringBuilder sql = new StringBuilder("-- generated for the SQL import benchmark\nSET client_encoding = 'UTF8';\n");
        for (int t = 0; t < tables; t++) {
            sql.append("CREATE TABLE app.table_").append(t).append("s (\n")
                    .append("    table_").append(t).append("_id bigserial PRIMARY KEY,\n")
                    .append("    code varchar(40) NOT NULL UNIQUE,\n")
                    .append("    title text NOT NULL,\n")
                    .append("    amount numeric(12,2),\n")
                    .append("    status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'ACTIVE', 'DONE')),\n")
                    .append("    payload jsonb,\n")
                    .append("    created_at timestamptz NOT NULL DEFAULT now(),\n");
            if (t > 0) {
                sql.append("    parent_id bigint NOT NULL REFERENCES app.table_").append(t / 2).append("s (table_").append(t / 2).append("_id),\n");
            }
            sql.append("    updated_at timestamptz\n);\n");
            sql.append("COMMENT ON TABLE app.table_").append(t).append("s IS 'Table number ").append(t).append("';\n");
            if (t > 1) {
                sql.append("ALTER TABLE ONLY app.table_").append(t).append("s ADD COLUMN other_id bigint;\n")
                        .append("ALTER TABLE ONLY app.table_").append(t).append("s ADD CONSTRAINT table_").append(t)
                        .append("_other_fk FOREIGN KEY (other_id) REFERENCES app.table_").append(t - 1).append("s (table_")
                        .append(t - 1).append("_id);\n");
                sql.append("CREATE INDEX table_").append(t).append("_parent_idx ON app.table_").append(t)
                        .append("s (parent_id, created_at DESC);\n");
            }
        }
        return sql.toString();
    }

    private static double[] time(IntConsumer work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.accept(i);
        }
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void print(String step, double[] ms, double[] baseline) {
        System.out.printf(Locale.ROOT, "%-52s %10.1f %10.1f %7.2fx%n", step, ms[ms.length / 2],
                ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length / 2] / baseline[baseline.length / 2]);
    }
}
