package io.smarttriage.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GiniTest {
    @Test
    void givenEqualAmounts_whenMeasured_thenZero() {
        double[] amounts = {4, 4, 4, 4};

        double gini = Gini.of(amounts);

        assertThat(gini).isCloseTo(0, within(1e-12));
    }

    @Test
    void givenOneHolderOfFour_whenMeasured_thenThreeQuarters() {
        double[] amounts = {0, 0, 0, 10};

        double gini = Gini.of(amounts);

        assertThat(gini).isCloseTo(0.75, within(1e-12));
    }
}
