package io.keysmith.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting SQL files into statements as psql and the mysql client do. */
class StatementSplitterTests {

    private static List<SqlStatement> split(String sql) {
        return StatementSplitter.split(sql, false).statements();
    }

    @Test
    void semicolonsInStringsIdentifiersCommentsAndDollarQuotesDoNotEndAStatement() {
        List<SqlStatement> statements = split("""
                SELECT 'a;b', "c;d", `e;f` FROM t; -- one; comment
                /* a; /* nested; */ comment */ CREATE FUNCTION f() AS $body$ x; y; $body$;
                SELECT $$;$$;
                SELECT $1 FROM t;
                """);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 3, 4);
        assertThat(statements.get(0).text()).isEqualTo("SELECT 'a;b', \"c;d\", `e;f` FROM t");
        assertThat(statements.get(0).comments()).containsExactly("-- one; comment");
        assertThat(statements.get(1).column()).isEqualTo(32);
        assertThat(statements.get(1).text()).endsWith("$body$ x; y; $body$");
    }

    @Test
    void commentsInsideAStatementAreBlankedKeepingPositions() {
        SqlStatement statement = split("CREATE TABLE t ( -- the key\n  id int /* no */ PRIMARY KEY);").getFirst();
        assertThat(statement.text()).isEqualTo("CREATE TABLE t (           \n  id int          PRIMARY KEY)");
        assertThat(statement.positionOf(2, 3)).isEqualTo(new SqlStatement.Position(2, 3));
    }

    @Test
    void mysqlDelimiterCommandsAndPsqlMetaCommandsAreUnderstood() {
        List<SqlStatement> statements = split("""
                \\connect shop
                DELIMITER //
                CREATE PROCEDURE p() BEGIN SELECT 1; END //
                DELIMITER ;
                CREATE TABLE t (id int);
                """);
        assertThat(statements).extracting(SqlStatement::text)
                .containsExactly("\\connect shop", "CREATE PROCEDURE p() BEGIN SELECT 1; END", "CREATE TABLE t (id int)");
    }

    @Test
    void withoutSemicolonsEachLineIsAStatementInLineMode() {
        var result = StatementSplitter.split("SELECT 1\n\nSELECT 2 -- rate: 5/s\n", true);
        assertThat(result.statements()).extracting(SqlStatement::text).containsExactly("SELECT 1", "SELECT 2");
        assertThat(result.statements().get(1).comments()).containsExactly("-- rate: 5/s");
    }

    @Test
    void anUnclosedQuoteIsAProblemAtItsOpening() {
        var result = StatementSplitter.split("SELECT 1;\nSELECT 'x;\nSELECT 2;", false);
        assertThat(result.problems()).containsExactly("line 2, column 8: a string opened here is never closed");
        assertThat(result.statements()).extracting(SqlStatement::text).containsExactly("SELECT 1");
    }
}
