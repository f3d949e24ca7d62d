package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartLayoutTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Test
    void givenFourWeeksAndTwoWeekForecast_chartData_keepsRequestedHistoryAndAllDays() {
        DailySeries history = SyntheticSeries.weekly(START, 70);
        Forecast forecast = forecast(history, 14);

        ChartData data = ChartData.of("HELP", history, 28, forecast, staffing(forecast));

        assertThat(data.history()).hasSize(28);
        assertThat(data.history().get(27).date()).isEqualTo(START.plusDays(69).toString());
        assertThat(data.forecast()).hasSize(14);
        assertThat(data.staffing()).hasSize(14);
        assertThat(data.origin()).isEqualTo(START.plusDays(70).toString());
    }

    @Test
    void givenChartData_layout_placesOriginAfterHistoryAndKeepsPointsInPlot() {
        DailySeries history = SyntheticSeries.weekly(START, 70);
        Forecast forecast = forecast(history, 14);
        ChartData data = ChartData.of("HELP", history, 28, forecast, staffing(forecast));

        ChartLayout layout = ChartLayout.of(data);

        assertThat(layout.historyLine().split(" ")).hasSize(28);
        assertThat(layout.forecastLine().split(" ")).hasSize(14);
        assertThat(layout.band95().split(" ")).hasSize(28);
        assertThat(layout.originX())
                .isGreaterThan(layout.plot().left())
                .isLessThan(layout.plot().right());
        assertThat(layout.staffBars())
                .hasSize(14)
                .allSatisfy(
                        bar -> assertThat(bar.y()).isGreaterThanOrEqualTo(layout.staffRow().top()));
        assertThat(layout.yTicks().get(0).label()).isEqualTo("0");
    }

    @Test
    void givenNoHistory_layout_stillDrawsForecast() {
        Forecast forecast = forecast(SyntheticSeries.weekly(START, 70), 7);
        ChartData data =
                new ChartData(
                        null,
                        forecast.origin().toString(),
                        forecast.method(),
                        forecast.notes(),
                        List.of(),
                        ChartData.of(
                                        null,
                                        SyntheticSeries.weekly(START, 70),
                                        0,
                                        forecast,
                                        List.of())
                                .forecast(),
                        List.of());

        ChartLayout layout = ChartLayout.of(data);

        assertThat(layout.historyLine()).isEmpty();
        assertThat(layout.forecastLine().split(" ")).hasSize(7);
        assertThat(layout.originX()).isEqualTo(layout.plot().left());
    }

    private static Forecast forecast(DailySeries history, int days) {
        return new VolumeForecaster(ForecastSettings.defaults(HolidayCalendar.none()))
                .forecast(history, days);
    }

    private static List<DayStaffing> staffing(Forecast forecast) {
        return new StaffingPlanner(StaffingSettings.defaults(), HourlyProfile.flat())
                .plan(forecast, Duration.ofMinutes(20));
    }
}
