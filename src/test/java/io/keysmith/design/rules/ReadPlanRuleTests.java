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

    @Test
    void everyRangeOverASignedDecimalInACompositeSortKeySelectsExactlyTheValuesInRange() throws java.io.IOException {
        io.keysmith.model.Model model = io.keysmith.model.ModelReader.parse(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/design/ordering/signed-readings.model.json"))).model();
        Design d = io.keysmith.design.DesignEngine.design(model);
        List<java.math.BigDecimal> values = model.entities().get(1).attribute("celsius").orElseThrow().values().stream()
                .map(v -> new java.math.BigDecimal(v.toString())).toList();
        Map.Entry<String, String> sortKey = io.keysmith.design.Designs.row(d, "Reading").keys().entrySet().stream()
                .filter(e -> e.getValue().contains("{celsius:0")).findFirst().orElseThrow();
        Map<String, java.util.function.BiPredicate<java.math.BigDecimal, java.math.BigDecimal>> ops = Map.of(
                "AP2", (v, b) -> v.compareTo(b) > 0, "AP3", (v, b) -> v.compareTo(b) >= 0, "AP4", (v, b) -> v.compareTo(b) < 0);
        for (java.math.BigDecimal low : values) {
            for (java.math.BigDecimal high : values) {
                List<java.math.BigDecimal> between = values.stream().filter(v -> v.compareTo(low) >= 0 && v.compareTo(high) <= 0)
                        .toList();
                if (low.compareTo(high) <= 0) {
                    assertThat(selected(d, "AP1", sortKey, values, List.of(low, high))).as("between %s and %s", low, high)
                            .containsExactlyElementsOf(between);
                }
            }
            ops.forEach((id, op) -> assertThat(selected(d, id, sortKey, values, List.of(low))).as("%s at %s", id, low)
                    .containsExactlyElementsOf(values.stream().filter(v -> op.test(v, low)).toList()));
        }
    }

    /** The values whose item (three per value) falls inside the plan's sort key bounds, compared as DynamoDB does (UTF-8 bytes). */
    private static List<java.math.BigDecimal> selected(Design d, String id, Map.Entry<String, String> sortKey,
            List<java.math.BigDecimal> values, List<java.math.BigDecimal> params) {
        KeyCondition sk = plan(d, id).keyCondition().get(sortKey.getKey());
        List<?> bounds = (List<?>) sk.value();
        java.util.function.BiFunction<Object, Object, String> fill = (t, v) -> KeyTemplate.of((String) t)
                .render(Map.of("celsius", v)).orElseThrow();
        String low = fill.apply(bounds.get(0), params.get(0));
        String high = fill.apply(bounds.get(1), params.get(params.size() - 1));
        java.util.Comparator<String> utf8 = (a, b) -> java.util.Arrays.compareUnsigned(
                a.getBytes(java.nio.charset.StandardCharsets.UTF_8), b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<java.math.BigDecimal> out = new java.util.ArrayList<>();
        for (java.math.BigDecimal v : values) {
            for (String readingId : List.of("0", "m", "~~")) {
                String key = KeyTemplate.of(sortKey.getValue()).render(Map.of("celsius", v, "readingId", readingId)).orElseThrow();
                if (utf8.compare(key, low) >= 0 && utf8.compare(key, high) <= 0 && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
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
