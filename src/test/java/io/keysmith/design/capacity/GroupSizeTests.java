package io.keysmith.design.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.keysmith.model.Attribute;
import io.keysmith.model.AttributeType;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupSizeTests {

    private static final Attribute PLAIN = new Attribute("country", AttributeType.STRING, null, null, null, null,
            List.of("US", "CA", "MX", "FR"), null, null);
    private static final Attribute WEIGHTED = new Attribute("status", AttributeType.STRING, null, null, null, null,
            List.of("200", "404", "500"), null, null, List.of(86.0, 10.0, 4.0));

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
