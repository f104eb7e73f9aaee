package io.keysmith.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTests {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
        assertThat(Stats.median(List.of(2.1, 0.7, 1.4, 3.0, 1.9))).isEqualTo(1.9);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Stats.median(List.of(1.0, 4.0, 2.0, 3.0))).isEqualTo(2.5);
    }

    @Test
    void theLoadAverageNamesItsThreeFigures() {
        assertThat(Stats.loadAverage()).matches("load average (\\S+, \\S+, \\S+|unknown)");
    }
}
