package io.keysmith.export.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyTemplateInferenceTests {

    @Test
    void sharedLabelsStayLiteralAndValuesBecomeTheAttributesHoldingThem() {
        assertThat(KeyTemplateInference.infer(List.of("ORDER#2026-01-02#o1", "ORDER#2026-03-04#o2"),
                List.of(Map.of("orderDate", "2026-01-02", "orderId", "o1"), Map.of("orderDate", "2026-03-04", "orderId", "o2")),
                "SK", List.of("Order"))).isEqualTo("ORDER#{orderDate}#{orderId}");
    }

    @Test
    void zeroPaddedNumbersGiveAPaddedPlaceholder() {
        assertThat(KeyTemplateInference.infer(List.of("SCORE#0000000042#s1", "SCORE#0000001234#s2"),
                List.of(Map.of("score", "42", "scoreId", "s1"), Map.of("score", "1234", "scoreId", "s2")),
                "GSI1SK", List.of("Score"))).isEqualTo("SCORE#{score:010}#{scoreId}");
    }

    @Test
    void amongEqualValuesTheAttributeTheLabelNamesWins() {
        assertThat(KeyTemplateInference.infer(List.of("NEXT#2026-01-01", "NEXT#2026-02-01"),
                List.of(Map.of("due", "2026-01-01", "next", "2026-01-01"), Map.of("due", "2026-02-01", "next", "2026-02-01")),
                "GSI1PK", List.of())).isEqualTo("NEXT#{next}");
    }

    @Test
    void aValueNoAttributeHoldsIsNamedAfterTheEntityItsLabelAbbreviates() {
        assertThat(KeyTemplateInference.infer(List.of("o#1", "o#2"), List.of(Map.of(), Map.of()), "PK",
                List.of("OrderItem", "Order"))).isEqualTo("o#{orderId}");
    }

    @Test
    void aLowerCaseWordAllSamplesShareIsAValueWhenAnAttributeHoldsIt() {
        assertThat(KeyTemplateInference.infer(List.of("GAME#rain", "GAME#rain"),
                List.of(Map.of("gameId", "rain"), Map.of("gameId", "rain")), "GSI1PK", List.of()))
                .isEqualTo("GAME#{gameId}");
        assertThat(KeyTemplateInference.infer(List.of("PROFILE", "PROFILE"), List.of(Map.of(), Map.of()), "SK", List.of()))
                .isEqualTo("PROFILE");
    }
}
