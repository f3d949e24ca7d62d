package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Prediction intervals of one day's count. */
class IntervalTest {

    @Test
    void givenWideIntervalEndingBelowTheNarrowOne_whenCovering_thenTheUpperBoundIsRaised() {
        Interval wide = new Interval(0.0, 1.4468);
        Interval narrow = new Interval(0.2, 1.45);

        Interval covering = wide.covering(narrow);

        assertThat(covering).isEqualTo(new Interval(0.0, 1.45));
    }

    @Test
    void givenWideIntervalAlreadyAroundTheNarrowOne_whenCovering_thenItIsUnchanged() {
        Interval wide = new Interval(1.0, 9.0);

        Interval covering = wide.covering(new Interval(2.0, 8.0));

        assertThat(covering).isEqualTo(wide);
    }
}
