package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HoltWintersTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private final HoltWinters model = new HoltWinters(SeasonMode.MULTIPLICATIVE, 200);

    @Test
    void givenCutBeforeTheEnd_fitBefore_forecastsTheSameDaysAsFit() {
        double[] y = SyntheticSeries.weekly(START, 300).values();
        boolean[] skip = new boolean[y.length];

        FittedModel early = model.fitBefore(y, skip, 150);

        FittedModel full = model.fit(y, skip);
        assertThat(early.size()).isEqualTo(full.size());
        assertThat(Arrays.stream(early.forecastFrom(300, 7)).min().orElseThrow())
                .isGreaterThan(SyntheticSeries.WEEKEND - 3);
        assertThat(Arrays.stream(early.forecastFrom(300, 7)).max().orElseThrow())
                .isLessThan(SyntheticSeries.WEEKDAY + 3);
    }

    @Test
    void givenCutInsideWarmUp_fitBefore_isRefusedNamingTheRule() {
        double[] y = SyntheticSeries.weekly(START, 100).values();

        Throwable thrown = catchThrowable(() -> model.fitBefore(y, new boolean[100], 10));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter cut must be 14 to 100 days, was 10");
    }
}
