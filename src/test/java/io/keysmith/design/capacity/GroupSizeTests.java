package io.keysmith.design.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupSizeTests {

    private static final List<Object> PLAIN = List.of("US", "CA", "MX", "FR");
    private static final List<Object> WEIGHTED = List.of(Map.of("value", "200", "weight", 86), Map.of("value", "404", "weight", 10),
            Map.of("value", "500", "weight", 4));

    @Test
    void withoutWeightsEveryValueHoldsAnEqualShare() {
        assertThat(GroupSize.share(PLAIN, "MX")).isEqualTo(0.25);
        assertThat(GroupSize.share(PLAIN, null)).isEqualTo(0.25);
    }

    @Test
    void aWeightedValueHoldsItsWeightOverTheTotal() {
        assertThat(GroupSize.share(WEIGHTED, "200")).isCloseTo(0.86, within(1e-9));
        assertThat(GroupSize.share(WEIGHTED, 404)).isCloseTo(0.10, within(1e-9));
    }

    @Test
    void aParameterOverSkewedValuesMeetsTheBigGroupsMoreOften() {
        // Requests follow the items: 0.86^2 + 0.1^2 + 0.04^2, far above a third.
        assertThat(GroupSize.share(WEIGHTED, null)).isCloseTo(0.7512, within(1e-9));
    }
}
