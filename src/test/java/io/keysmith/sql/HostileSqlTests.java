package io.keysmith.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.imports.ImportFailure;
import io.keysmith.imports.ImportResult;
import io.keysmith.model.ModelValidator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What a careless or hostile file gets: located messages, the rest imported, never an exception other than ImportFailure. */
class HostileSqlTests {

    @Test
    void anUnsupportedStatementIsReportedAtItsLineAndColumnAndTheRestImports() {
        String sql = """
                CREATE TABLE a (id int PRIMARY KEY);

                CREATE TABLE b (
                  id int PRIMARY KEY,
                  x int,,
                  y int
                );
                CREATE TABLE c (id int PRIMARY KEY, a_id int REFERENCES a);
                """;
        ImportResult imported = SqlImports.of("schema.sql", sql);
        assertThat(imported.model().entities()).extracting(e -> e.name()).containsExactly("A", "C");
        assertThat(imported.warnings()).containsExactly("schema.sql: line 5, column 8: CREATE TABLE b skipped: unexpected \",\"");
    }

    @Test
    void aTruncatedStatementAtTheEndIsReportedAndTheTablesBeforeItImport() {
        ImportResult imported = SqlImports.of("cut.sql", "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY, name te");
        assertThat(imported.model().entities()).hasSize(1);
        assertThat(imported.warnings()).singleElement().asString().startsWith("cut.sql: line 2, column ")
                .contains("CREATE TABLE b skipped");
    }

    @Test
    void anUnclosedStringOrCommentIsReportedWhereItOpens() {
        ImportResult imported = SqlImports.of("open.sql", "CREATE TABLE a (id int PRIMARY KEY);\n/* never closed\nCREATE TABLE b (id int);");
        assertThat(imported.warnings()).containsExactly("open.sql: line 2, column 1: a comment opened here is never closed");
        ImportResult string = SqlImports.of("s.sql", "CREATE TABLE a (id int PRIMARY KEY);\nCOMMENT ON TABLE a IS 'oops;\n");
        assertThat(string.warnings()).containsExactly("s.sql: line 2, column 23: a string opened here is never closed");
    }

    @Test
    void aFileWithoutATableIsRefusedWithEveryReason() {
        assertThatThrownBy(() -> SqlImports.of("empty.sql", "")).isInstanceOf(ImportFailure.class)
                .hasMessage("empty.sql: no CREATE TABLE could be read (the file has no SQL statements); nothing to import");
        assertThatThrownBy(() -> SqlImports.of("bad.sql", "CREATE TABLE (;")).isInstanceOf(ImportFailure.class)
                .satisfies(e -> assertThat(((ImportFailure) e).problems()).hasSize(2)
                        .first().asString().startsWith("bad.sql: line 1, column "));
    }

    @Test
    void namesWithQuotesAndNoLettersBecomeValidNamesAndANewlineInANameIsReportedOnOneLine() {
        String sql = "CREATE TABLE \"it\"\"s\" (\"a\"\"b c\" int PRIMARY KEY, \"{#}\" text, \"名前\" text);\n"
                + "CREATE TABLE \"123\" (id int PRIMARY KEY, \"it\"\"s_id\" int REFERENCES \"it\"\"s\");\n"
                + "CREATE TABLE \"line\nbreak\" (id int PRIMARY KEY);";
        ImportResult imported = SqlImports.of("odd.sql", sql);
        assertThat(imported.model().entities()).extracting(e -> e.name()).containsExactly("ItS", "T123");
        assertThat(imported.model().entities().getFirst().attributes()).extracting(a -> a.name())
                .containsExactly("aBC", "column2", "名前");
        assertThat(ModelValidator.validate(imported.model())).filteredOn(p -> p.isError()).isEmpty();
        assertThat(imported.model().relationships()).hasSize(1);
        assertThat(imported.warnings()).singleElement().asString()
                .isEqualTo("odd.sql: line 3, column 19: CREATE TABLE \"line break\" skipped: a character the SQL parser does not know");
    }

    @Test
    void unknownDialectFeaturesAreSkippedOneByOne() {
        String sql = """
                CREATE TABLE t (id int PRIMARY KEY, r int4range, EXCLUDE USING gist (r WITH &&)) WITH (fillfactor = 70);
                CREATE MATERIALIZED VIEW v AS SELECT 1;
                CREATE TABLE u (id int PRIMARY KEY) PARTITION BY RANGE (id);
                CREATE INDEX t_lower ON t ((lower(r::text)));
                CREATE TABLE w (id int PRIMARY KEY CONSTRAINT frobnicate MAGIC);
                """;
        ImportResult imported = SqlImports.of("dialect.sql", sql);
        assertThat(imported.model().entities()).extracting(e -> e.name()).contains("T", "U");
        assertThat(imported.warnings()).anyMatch(w -> w.startsWith("dialect.sql: line 1, column 1: an EXCLUDE constraint"));
        assertThat(imported.warnings()).allMatch(w -> w.matches("dialect\\.sql: line \\d+, column \\d+: .*"));
    }

    @Test
    void aTenMegabyteFileImportsWithItsBrokenStatementsListed() {
        StringBuilder sql = new StringBuilder();
        Random random = new Random(7);
        int tables = 0;
        while (sql.length() < 10 * 1024 * 1024) {
            if (tables % 50 == 7) {
                sql.append("CREATE TABLE broken_").append(tables).append(" (id int PRIMARY KEY, ;\n");
            } else {
                sql.append("CREATE TABLE t").append(tables).append(" (id bigint PRIMARY KEY, note text DEFAULT '")
                        .append("x".repeat(200 + random.nextInt(800))).append("', created_at timestamptz);\n");
            }
            tables++;
        }
        ImportResult imported = SqlImports.of("big.sql", sql.toString());
        assertThat(imported.model().entities().size()).isGreaterThan(1000);
        assertThat(imported.warnings()).isNotEmpty().allMatch(w -> w.matches("big\\.sql: line \\d+, column \\d+: CREATE TABLE broken_\\d+ skipped: .*"));
    }

    @Test
    void randomBytesNeverThrowAnythingButAnImportFailure() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            char[] chars = new char[random.nextInt(400)];
            String alphabet = "CREATE TABLE ( ) , ; ' \" ` $$ -- /* */ \n id int PRIMARY KEY REFERENCES x";
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length()));
            }
            try {
                ImportResult imported = SqlImports.of("fuzz.sql", "CREATE TABLE ok (id int PRIMARY KEY);\n" + new String(chars));
                assertThat(ModelValidator.validate(imported.model())).filteredOn(p -> p.isError()).isEmpty();
            } catch (ImportFailure expected) {
                assertThat(expected.problems()).isNotEmpty();
            }
        }
    }
}
