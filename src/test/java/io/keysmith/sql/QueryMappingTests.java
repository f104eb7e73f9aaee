package io.keysmith.sql;

import static io.keysmith.sql.SqlImports.pattern;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.DesignEngine;
import io.keysmith.imports.ImportResult;
import io.keysmith.imports.ImportSource;
import io.keysmith.imports.QueryFile;
import io.keysmith.model.AccessPattern;
import io.keysmith.model.Condition;
import io.keysmith.model.Model;
import io.keysmith.model.ModelValidator;
import io.keysmith.model.Op;
import io.keysmith.model.OrderBy;
import io.keysmith.model.PatternType;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The application's statements as access patterns: reads with conditions, order, limit and includes; writes; rates; refusals with reasons. */
class QueryMappingTests {

    private static final String SCHEMA = "sample-models/sql/shop-postgres.sql";
    private static final String QUERIES = "sample-models/sql/shop-queries.sql";

    private final ImportResult imported = SqlImports.of(SCHEMA, SqlImports.file(SCHEMA), QUERIES, SqlImports.file(QUERIES));
    private final Model model = imported.model();

    @Test
    void aSelectWithConditionsOrderAndLimitIsARead() {
        AccessPattern orders = pattern(model, "Orders by customer id and placed at, newest first, 10 at most");
        assertThat(orders.type()).isEqualTo(PatternType.READ);
        assertThat(orders.entity()).isEqualTo("Order");
        assertThat(orders.where()).containsExactly(Condition.param("customerId", Op.EQ), Condition.param("placedAt", Op.GT));
        assertThat(orders.orderBy()).isEqualTo(new OrderBy("placedAt", "desc"));
        assertThat(orders.limit()).isEqualTo(10);
        assertThat(orders.rate()).isEqualTo(60.0);
        assertThat(orders.wasInferred()).isFalse();
        assertThat(orders.notes()).startsWith("from " + QUERIES + " line 17: SELECT o.order_id, o.status");
    }

    @Test
    void betweenAndAConstantAreConditionsAndTheRangeFollowsTheOrder() {
        AccessPattern products = pattern(model, "Products by category id, unit price and status active, by unit price, 50 at most");
        assertThat(products.where()).containsExactly(Condition.param("categoryId", Op.EQ),
                Condition.param("unitPrice", Op.BETWEEN), new Condition("status", Op.EQ, "ACTIVE"));
        assertThat(products.rate()).isEqualTo(120.0);
    }

    @Test
    void joinsAlongForeignKeysAreIncludes() {
        AccessPattern order = pattern(model, "Get an order by id, with its order items and payments");
        assertThat(order.include()).containsExactly("OrderItem", "Payment");
        assertThat(order.where()).containsExactly(Condition.param("orderId", Op.EQ));
    }

    @Test
    void insertsUpdatesAndDeletesAreWritesAndStatementsOfOneShapeAddTheirRates() {
        assertThat(pattern(model, "Create an order item").rate()).isEqualTo(45.0);
        AccessPattern status = pattern(model, "Update an order: status");
        assertThat(status.set()).containsExactly("status");
        assertThat(status.rate()).isEqualTo(35.0);
        AccessPattern price = pattern(model, "Update a product: unit price and updated at");
        assertThat(price.rate()).isEqualTo(0.03333);
        assertThat(price.notes()).contains("by its unique sku");
        assertThat(pattern(model, "Delete an address").type()).isEqualTo(PatternType.DELETE);
    }

    @Test
    void aStatedReadReplacesTheInferredReadOfTheSameConditions() {
        assertThat(model.accessPatterns()).filteredOn(p -> p.entity().equals("Customer") && p.whereOrEmpty().equals(
                java.util.List.of(Condition.param("email", Op.EQ)))).singleElement()
                .satisfies(p -> assertThat(p.wasInferred()).isFalse());
    }

    @Test
    void everyStatementItCannotMapIsListedWithTheReason() {
        assertThat(imported.warnings()).containsExactly(
                QUERIES + ": line 41, column 1: not mapped: GROUP BY: DynamoDB does not aggregate; keep the aggregate in an"
                        + " item of its own, updated on writes: SELECT status, count",
                QUERIES + ": line 42, column 1: not mapped: OR in WHERE: one DynamoDB request reads one key range;"
                        + " write one statement per branch: SELECT * FROM shop.customers WHERE email LIKE '%@example....");
    }

    @Test
    void theModelWithItsQueriesValidatesAndDesignsWithoutAScan() {
        assertThat(ModelValidator.validate(model)).isEmpty();
        assertThat(DesignEngine.design(model).accessPatterns()).noneMatch(p -> "Scan".equals(p.operation()));
    }

    @Test
    void statementsOneALineWithoutSemicolonsAreReadToo() {
        ImportResult lines = SqlImports.of(SCHEMA, SqlImports.file(SCHEMA), "q.sql", """
                SELECT * FROM shop.tags WHERE label LIKE 'sale%' -- rate: 3/s
                DELETE FROM shop.orders WHERE customer_id = ?
                SELECT * FROM nowhere WHERE id = ?
                SELECT * FROM shop.orders o JOIN shop.tags t ON t.label = o.status WHERE o.order_id = ?
                """);
        AccessPattern tags = pattern(lines.model(), "Tags by label sale");
        assertThat(tags.where()).containsExactly(new Condition("label", Op.BEGINS_WITH, "sale"));
        assertThat(tags.rate()).isEqualTo(3.0);
        assertThat(lines.warnings()).containsExactly(
                "q.sql: line 2, column 1: not mapped: DELETE WHERE customerId changes every matching row; a DynamoDB write"
                        + " names one item by its key (orderId): read those rows with a query, then write each:"
                        + " DELETE FROM shop.orders WHERE customer_id = ?",
                "q.sql: line 3, column 1: not mapped: table nowhere is not in the schema: SELECT * FROM nowhere WHERE id = ?",
                "q.sql: line 4, column 1: not mapped: JOIN shop.tags follows no foreign key of the schema: a DynamoDB request"
                        + " cannot join: SELECT * FROM shop.orders o JOIN shop.tags t ON t.label =...");
    }

    @Test
    void aPgStatStatementsExportGivesRatesFromCallsOverThePeriod() {
        String csv = """
                userid,dbid,queryid,query,calls,total_exec_time
                10,5,-1,"SELECT * FROM shop.orders WHERE customer_id = $1 ORDER BY placed_at DESC LIMIT $2",7200,12.5
                10,5,-2,"UPDATE shop.orders
                   SET status = $1 WHERE order_id = $2",3600,3.1
                10,5,-3,BEGIN,99,0.1
                """;
        ImportResult stats = new SqlImporter().read(new ImportSource(SCHEMA, SqlImports.file(SCHEMA)),
                Optional.of(new QueryFile(new ImportSource("pg_stat_statements.csv", csv), Duration.ofHours(1))));
        AccessPattern read = pattern(stats.model(), "Orders by customer id, newest first");
        assertThat(read.rate()).isEqualTo(2.0);
        assertThat(read.notes()).contains("LIMIT $2 is not a number; no limit set");
        assertThat(pattern(stats.model(), "Update an order: status").rate()).isEqualTo(1.0);
        assertThat(stats.notes()).contains("pg_stat_statements.csv: rates are calls / 3600 s (1 h): average rates, peaks are higher");
        assertThat(stats.warnings()).containsExactly(
                "pg_stat_statements.csv: line 5, column 1: not mapped: a BEGIN statement reads or writes no rows: BEGIN");
    }
}
