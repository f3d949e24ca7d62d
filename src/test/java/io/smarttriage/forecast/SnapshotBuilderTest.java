package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link SnapshotBuilder}. */
class SnapshotBuilderTest {

    @Test
    void givenOneYearOfHistory_build_storesEightWeeksOfForecastAndHourlyStaffing() {
        DailySeries history = Snapshots.weekly(365);

        ForecastSnapshot snapshot =
                Snapshots.builder()
                        .build(
                                "HELP",
                                history,
                                Snapshots.recentCreated(),
                                Duration.ofMinutes(20),
                                56,
                                Snapshots.NOW);

        assertThat(snapshot.hasForecast()).isTrue();
        assertThat(snapshot.chart().forecast()).hasSize(56);
        assertThat(snapshot.chart().history()).hasSize(SnapshotBuilder.CHART_HISTORY_DAYS);
        assertThat(snapshot.hourlyAgents()).hasSize(56).allMatch(hours -> hours.size() == 24);
        assertThat(snapshot.hourlyShares()).hasSize(7);
        assertThat(snapshot.historyDays()).isEqualTo(365);
    }

    @Test
    void givenLeadingDaysWithoutRequests_build_countsHistoryFromTheFirstRequest() {
        double[] values = new double[100];
        for (int i = 90; i < 100; i++) {
            values[i] = 5;
        }
        DailySeries history = new DailySeries(LocalDate.of(2025, 11, 22), values);

        ForecastSnapshot snapshot =
                Snapshots.builder()
                        .build(
                                "NEW",
                                history,
                                List.of(),
                                Duration.ofMinutes(20),
                                28,
                                Snapshots.NOW);

        assertThat(snapshot.hasForecast()).isFalse();
        assertThat(snapshot.historyDays()).isEqualTo(10);
        assertThat(snapshot.computedAt()).isEqualTo(Snapshots.NOW.toString());
    }

    @Test
    void givenHistoryOfOnlyZeros_withoutLeadingZeros_isEmpty() {
        DailySeries zeros = new DailySeries(LocalDate.of(2026, 1, 1), new double[30]);

        DailySeries trimmed = SnapshotBuilder.withoutLeadingZeros(zeros);

        assertThat(trimmed.size()).isZero();
    }
}
