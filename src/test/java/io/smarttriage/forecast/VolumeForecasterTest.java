package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VolumeForecasterTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private final VolumeForecaster forecaster =
            new VolumeForecaster(ForecastSettings.defaults(HolidayCalendar.none()));

    @Test
    void givenYearOfWeeklyPattern_forecast_followsWeekdaysAndWeekends() {
        DailySeries history = SyntheticSeries.weekly(START, 364);

        Forecast forecast = forecaster.forecast(history, 28);

        assertThat(forecast.method()).isEqualTo(ForecastMethod.HOLT_WINTERS);
        assertThat(forecast.notes()).isEmpty();
        assertThat(forecast.days())
                .allSatisfy(
                        day ->
                                assertThat(day.expected())
                                        .isCloseTo(
                                                SyntheticSeries.meanOn(day.date()), within(3.0)));
    }

    @Test
    void givenYearOfHistory_forecast_startsTheDayAfterAndNestsIntervals() {
        DailySeries history = SyntheticSeries.weekly(START, 364);

        Forecast forecast = forecaster.forecast(history, ForecastSettings.MAX_HORIZON);

        assertThat(forecast.days()).hasSize(ForecastSettings.MAX_HORIZON);
        assertThat(forecast.days().get(0).date()).isEqualTo(START.plusDays(364));
        assertThat(forecast.days())
                .allSatisfy(
                        day -> {
                            assertThat(day.p80().contains(day.expected())).isTrue();
                            assertThat(day.p95().lower()).isLessThanOrEqualTo(day.p80().lower());
                            assertThat(day.p95().upper()).isGreaterThanOrEqualTo(day.p80().upper());
                        });
    }

    @Test
    void givenSparseCounts_forecast_keepsThe95BandAroundThe80Band() {
        double[] values = new double[60];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i * 7 + 3) % 5 == 0 ? 3 : (i % 3 == 0 ? 1 : 0);
        }
        DailySeries history = new DailySeries(START, values);

        Forecast forecast = forecaster.forecast(history, 14);

        assertThat(forecast.days())
                .allSatisfy(
                        day -> {
                            assertThat(day.p95().lower()).isLessThanOrEqualTo(day.p80().lower());
                            assertThat(day.p95().upper()).isGreaterThanOrEqualTo(day.p80().upper());
                        });
    }

    @Test
    void givenTwoWeeks_forecast_usesWeekdayMeanWithVisibleNote() {
        DailySeries history = SyntheticSeries.weekly(START, 14);

        Forecast forecast = forecaster.forecast(history, 7);

        assertThat(forecast.method()).isEqualTo(ForecastMethod.WEEKDAY_MEAN);
        assertThat(forecast.notes())
                .contains(ForecastNote.SHORT_HISTORY, ForecastNote.ASSUMED_INTERVALS);
        assertThat(forecast.days().get(0).expected())
                .isEqualTo((history.value(0) + history.value(7)) / 2);
    }

    @Test
    void givenThirteenDays_forecast_isRefusedNamingTheRule() {
        DailySeries history = SyntheticSeries.weekly(START, 13);

        Throwable thrown = catchThrowable(() -> forecaster.forecast(history, 7));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 14 days")
                .hasMessageContaining("got 13");
    }

    @Test
    void givenHorizonBeyondEightWeeks_forecast_isRefused() {
        DailySeries history = SyntheticSeries.weekly(START, 100);

        Throwable thrown = catchThrowable(() -> forecaster.forecast(history, 57));

        assertThat(thrown).hasMessageContaining("horizon must be 1 to 56 days, was 57");
    }

    @Test
    void givenQuietPastHolidays_forecastOnHoliday_isScaledDown() {
        Set<LocalDate> holidays = new HashSet<>();
        double[] values = SyntheticSeries.weekly(START, 371).values();
        for (int week = 10; week < 53; week += 6) {
            holidays.add(START.plusDays(7L * week + 2));
            values[7 * week + 2] = 1;
        }
        holidays.add(START.plusDays(371 + 2));
        VolumeForecaster withHolidays =
                new VolumeForecaster(ForecastSettings.defaults(new HolidayCalendar(holidays)));

        Forecast forecast = withHolidays.forecast(new DailySeries(START, values), 14);

        ForecastDay holiday = forecast.days().get(2);
        ForecastDay sameWeekdayAfter = forecast.days().get(9);
        assertThat(holiday.holiday()).isTrue();
        assertThat(holiday.expected()).isLessThan(sameWeekdayAfter.expected() * 0.2);
    }

    @Test
    void givenPoissonWeeklySeries_backtest_bandsCoverAboutTheirNominalShare() {
        DailySeries series = SyntheticSeries.weekly(START, 600);
        Backtest backtest = new Backtest(START.plusDays(420), 7, 14);

        BacktestResult result = backtest.run(series, forecaster, 1.0);

        assertThat(result.days()).isEqualTo(24 * 14);
        assertThat(result.coverage80()).isBetween(0.70, 0.90);
        assertThat(result.coverage95()).isBetween(0.88, 1.0);
    }
}
