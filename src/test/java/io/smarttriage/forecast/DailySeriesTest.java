package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailySeriesTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Test
    void givenNegativeCount_create_namesDayAndValue() {
        double[] values = {3, -1, 2};

        Throwable thrown = catchThrowable(() -> new DailySeries(START, values));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-01-02")
                .hasMessageContaining("-1.0");
    }

    @Test
    void givenTenDays_before_keepsDaysBeforeTheDate() {
        DailySeries series = new DailySeries(START, new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

        DailySeries head = series.before(START.plusDays(4));

        assertThat(head.values()).containsExactly(0, 1, 2, 3);
        assertThat(head.end()).isEqualTo(START.plusDays(4));
    }

    @Test
    void givenTenDays_between_clipsToTheSeries() {
        DailySeries series = new DailySeries(START, new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});

        DailySeries middle = series.between(START.minusDays(3), START.plusDays(2));

        assertThat(middle.start()).isEqualTo(START);
        assertThat(middle.values()).containsExactly(0, 1, 2);
    }

    @Test
    void givenLeapDay_yearlyCalendar_holdsItOnlyInLeapYears() {
        List<MonthDay> days = List.of(MonthDay.of(2, 29));

        HolidayCalendar calendar = HolidayCalendar.yearly(days, 2023, 2025);

        assertThat(calendar.dates()).containsExactly(LocalDate.of(2024, 2, 29));
    }
}
