package io.smarttriage.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BacktestTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Test
    void givenExactlyWeeklySeries_seasonalNaiveMae_isZero() {
        double[] values = new double[70];
        for (int i = 0; i < values.length; i++) {
            values[i] = 10 + i % 7;
        }
        DailySeries series = new DailySeries(START, values);

        double mae = Backtest.seasonalNaiveMae(series, START, START.plusDays(69));

        assertThat(mae).isZero();
    }

    @Test
    void givenNoisyWeeklySeries_run_scoresOnlyFullHorizons() {
        DailySeries series = SyntheticSeries.weekly(START, 400);
        Backtest backtest = new Backtest(START.plusDays(300), 7, 14);
        VolumeForecaster forecaster =
                new VolumeForecaster(ForecastSettings.defaults(HolidayCalendar.none()));

        BacktestResult result = backtest.run(series, forecaster, 1.0);

        // origins 300, 307, ..., 384 (the last whose 14 days end by day 399)
        assertThat(result.origins()).isEqualTo(13);
        assertThat(result.days()).isEqualTo(13 * 14);
        assertThat(result.mase()).isEqualTo(result.mae());
        assertThat(result.coverage95()).isGreaterThanOrEqualTo(result.coverage80());
    }
}
