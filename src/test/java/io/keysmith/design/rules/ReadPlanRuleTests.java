package io.keysmith.design.rules;

import static io.keysmith.design.Designs.CUSTOMER;
import static io.keysmith.design.Designs.CUSTOMER_ORDERS;
import static io.keysmith.design.Designs.ORDER;
import static io.keysmith.design.Designs.design;
import static io.keysmith.design.Designs.eq;
import static io.keysmith.design.Designs.model;
import static io.keysmith.design.Designs.plan;
import static io.keysmith.design.Designs.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.keysmith.design.Design;
import io.keysmith.design.KeyCondition;
import io.keysmith.design.KeyTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadPlanRuleTests {

    private static Design orders(String range, String extra) {
        return design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("customerId") + "," + range, extra)));
    }

    private static String range(String attribute, String op) {
        return "{\"attribute\": \"" + attribute + "\", \"op\": \"" + op + "\"}";
    }

    @Test
    void aBetweenOnADateBecomesTwoSortKeyTemplatesThatKeepTheIdentifierOut() {
        Design d = orders(range("orderDate", "between"), ", \"orderBy\": {\"attribute\": \"orderDate\", \"direction\": \"desc\"}");
        KeyCondition sk = plan(d, "AP1").keyCondition().get("SK");
        assertThat(sk.op()).isEqualTo("between");
        assertThat(sk.value()).isEqualTo(List.of("ORDER#{orderDate}", "ORDER#{orderDate}$"));
        assertThat(plan(d, "AP1").scanIndexForward()).isFalse();
        assertThat(plan(d, "AP1").verdict()).contains("orderDate between").contains("descending");
    }

    @Test
    void aGreaterThanOnANumberPadsItAndClosesTheRangeAtTheEntityPrefix() {
        Design d = orders(range("total", ">"), "");
        KeyCondition sk = plan(d, "AP1").keyCondition().get("SK");
        assertThat(sk.op()).isEqualTo("between");
        assertThat(sk.value()).isEqualTo(List.of("ORDER#{total:010}$", "ORDER$"));
    }

    @Test
    void theRenderedBoundsSelectExactlyTheItemsInRange() {
        Design d = orders(range("total", ">"), "");
        String itemSk = Designs2.sortKeyOf(d, "Order");
        String low = (String) ((List<?>) plan(d, "AP1").keyCondition().get("SK").value()).get(0);
        String high = (String) ((List<?>) plan(d, "AP1").keyCondition().get("SK").value()).get(1);
        String lowBound = KeyTemplate.of(low).render(Map.of("total", 120)).orElseThrow();
        String highBound = KeyTemplate.of(high).render(Map.of()).orElseThrow();
        String equal = KeyTemplate.of(itemSk).render(Map.of("total", 120, "orderId", "o1")).orElseThrow();
        String above = KeyTemplate.of(itemSk).render(Map.of("total", 1200, "orderId", "o2")).orElseThrow();
        String below = KeyTemplate.of(itemSk).render(Map.of("total", 99.5, "orderId", "o3")).orElseThrow();
        assertThat(equal.compareTo(lowBound)).isNegative();
        assertThat(above.compareTo(lowBound)).isPositive();
        assertThat(above.compareTo(highBound)).isNegative();
        assertThat(below.compareTo(lowBound)).isNegative();
    }

    @Test
    void aLookupByIdentifierIsAGetItemAndOthersAreQueries() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("orderId")) + "," + read("AP2", "Order", eq("customerId"))));
        assertThat(plan(d, "AP1").operation()).isEqualTo("GetItem");
        assertThat(plan(d, "AP2").operation()).isEqualTo("Query");
        assertThat(plan(d, "AP2").keyCondition().get("GSI1SK")).isEqualTo(new KeyCondition("begins_with", "ORDER#"));
    }

    @Test
    void aFilterIsWrittenAsAnExpressionAndNamedInTheVerdict() {
        Design d = orders(range("orderDate", ">="), ", \"filter\": [{\"attribute\": \"status\", \"op\": \"=\", \"value\": \"OPEN\"}]");
        assertThat(plan(d, "AP1").filterExpression()).isEqualTo("#status = :status");
        assertThat(plan(d, "AP1").verdict()).contains("filter #status = :status");
    }

    @Test
    void orderingByAnAttributeFixedWithEqualsNeedsNoSortKey() {
        Design d = design(model(CUSTOMER + "," + ORDER, CUSTOMER_ORDERS,
                read("AP1", "Order", eq("customerId"), ", \"orderBy\": {\"attribute\": \"customerId\", \"direction\": \"asc\"}")));
        assertThat(plan(d, "AP1").operation()).isEqualTo("Query");
        assertThat(plan(d, "AP1").keyCondition().get("PK").value()).isEqualTo("CUSTOMER#{customerId}");
    }

    @Test
    void aNumberSearchedByLeadingDigitsIsKeptUnpadded() {
        Design d = orders(range("total", "begins_with"), "");
        assertThat(plan(d, "AP1").keyCondition().get("SK")).isEqualTo(new KeyCondition("begins_with", "ORDER#{total}"));
        assertThat(io.keysmith.design.Designs.row(d, "Order").keys().values()).anyMatch(v -> v.contains("{total}"))
                .noneMatch(v -> v.contains("{total:0"));
    }

    /** Reads item rows of a design. */
    static final class Designs2 {
        static String sortKeyOf(Design d, String entity) {
            String key = io.keysmith.design.Designs.row(d, entity).keys().entrySet().stream()
                    .filter(e -> e.getValue().contains("{total")).map(Map.Entry::getValue).findFirst().orElseThrow();
            return key;
        }
    }
}
