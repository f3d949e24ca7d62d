package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyCountsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    @Test
    void givenLateEveningUtc_countInBerlin_fallsOnNextDay() {
        List<Instant> created =
                List.of(
                        Instant.parse("2024-01-01T23:30:00Z"),
                        Instant.parse("2024-01-01T10:00:00Z"));

        DailySeries series =
                DailyCounts.count(created, ZoneId.of("Europe/Berlin"), JAN_1, JAN_1.plusDays(2));

        assertThat(series.values()).containsExactly(1, 1, 0);
    }

    @Test
    void givenInstantsOutsideRange_count_leavesThemOut() {
        List<Instant> created =
                List.of(
                        Instant.parse("2023-12-31T12:00:00Z"),
                        Instant.parse("2024-01-02T12:00:00Z"),
                        Instant.parse("2024-01-09T12:00:00Z"));

        DailySeries series = DailyCounts.count(created, ZoneOffset.UTC, JAN_1, JAN_1.plusDays(6));

        assertThat(series.values()).containsExactly(0, 1, 0, 0, 0, 0, 0);
    }

    @Test
    void givenInstantsOverThreeDays_countAll_spansFirstToLastDay() {
        List<Instant> created =
                List.of(
                        Instant.parse("2024-01-03T08:00:00Z"),
                        Instant.parse("2024-01-01T08:00:00Z"),
                        Instant.parse("2024-01-01T09:00:00Z"));

        DailySeries series = DailyCounts.countAll(created, ZoneOffset.UTC);

        assertThat(series.start()).isEqualTo(JAN_1);
        assertThat(series.values()).containsExactly(2, 0, 1);
    }
}
