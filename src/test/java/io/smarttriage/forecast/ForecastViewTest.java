package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smarttriage.forecast.ChartData.ForecastPoint;
import org.junit.jupiter.api.Test;

/** Tests for {@link ForecastView} and {@link Granularity}. */
class ForecastViewTest {
    private static final ForecastSnapshot SNAPSHOT = Snapshots.of("HELP", 200);

    @Test
    void givenDailyView_of_cutsForecastAndStaffingToTheHorizon() {
        int horizon = 14;

        ForecastView view = ForecastView.of(SNAPSHOT, Granularity.DAY, horizon);

        assertThat(view.state()).isEqualTo(ForecastView.READY);
        assertThat(view.forecast()).hasSize(horizon);
        assertThat(view.staffing()).hasSize(horizon);
        assertThat(view.history()).isEqualTo(SNAPSHOT.chart().history());
    }

    @Test
    void givenHourlyView_of_spreadsEachDayOverItsHoursWithTheProfile() {
        ForecastPoint firstDay = SNAPSHOT.chart().forecast().get(0);

        ForecastView view = ForecastView.of(SNAPSHOT, Granularity.HOUR, 28);

        assertThat(view.forecast()).hasSize(Granularity.MAX_HOURLY_DAYS * 24);
        double dayTotal =
                view.forecast().subList(0, 24).stream().mapToDouble(ForecastPoint::expected).sum();
        assertThat(dayTotal)
                .isCloseTo(firstDay.expected(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(view.forecast().get(0).date()).isEqualTo(firstDay.date() + "T00:00");
        assertThat(view.staffing().get(24 + 9).agents())
                .isEqualTo(SNAPSHOT.hourlyAgents().get(1).get(9));
        assertThat(view.history()).isEmpty();
    }

    @Test
    void givenSnapshotWithTooShortHistory_of_isTheNotEnoughHistoryState() {
        ForecastSnapshot tooShort =
                ForecastSnapshot.tooShort("NEW", "2026-03-02T02:30:00Z", "UTC", 9);

        ForecastView view = ForecastView.of(tooShort, Granularity.DAY, 28);

        assertThat(view.state()).isEqualTo(ForecastView.NOT_ENOUGH_HISTORY);
        assertThat(view.forecast()).isEmpty();
        assertThat(view.computedAt()).isEqualTo("2026-03-02T02:30:00Z");
    }

    @Test
    void givenUnknownGranularity_parse_namesTheValueAndTheChoices() {
        String text = "week";

        var thrown = assertThatThrownBy(() -> Granularity.parse(text));

        thrown.isInstanceOf(IllegalArgumentException.class)
                .hasMessage("granularity must be 'day' or 'hour', was 'week'");
    }
}
