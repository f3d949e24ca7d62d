package io.smarttriage.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Rolling-origin evaluation: forecasts from origins every {@code stepDays} days with all days
 * before each origin as history, scoring only origins whose whole horizon lies in the series.
 */
public final class Backtest {

    private final LocalDate firstOrigin;
    private final int stepDays;
    private final int horizon;

    /**
     * Creates a backtest.
     *
     * @param firstOrigin first forecast origin
     * @param stepDays days between origins
     * @param horizon days forecast from each origin
     */
    public Backtest(LocalDate firstOrigin, int stepDays, int horizon) {
        if (stepDays < 1 || horizon < 1) {
            throw new IllegalArgumentException(
                    "step and horizon must be >= 1 day, were " + stepDays + " and " + horizon);
        }
        this.firstOrigin = firstOrigin;
        this.stepDays = stepDays;
        this.horizon = horizon;
    }

    /**
     * Runs the backtest.
     *
     * @param series the whole series
     * @param forecaster the forecaster under test
     * @param naiveMae the scale of MASE, e.g. from {@link #seasonalNaiveMae}
     * @return the scores
     */
    public BacktestResult run(DailySeries series, VolumeForecaster forecaster, double naiveMae) {
        double absolute = 0;
        int inside80 = 0;
        int inside95 = 0;
        double width80 = 0;
        double width95 = 0;
        int days = 0;
        int origins = 0;
        for (LocalDate origin = firstOrigin;
                !origin.plusDays(horizon).isAfter(series.end());
                origin = origin.plusDays(stepDays)) {
            Forecast forecast = forecaster.forecast(series.before(origin), horizon);
            int offset = (int) series.start().until(origin, ChronoUnit.DAYS);
            for (ForecastDay day : forecast.days()) {
                double actual = series.value(offset++);
                absolute += Math.abs(actual - day.expected());
                inside80 += day.p80().contains(actual) ? 1 : 0;
                inside95 += day.p95().contains(actual) ? 1 : 0;
                width80 += day.p80().upper() - day.p80().lower();
                width95 += day.p95().upper() - day.p95().lower();
                days++;
            }
            origins++;
        }
        double mae = absolute / days;
        return new BacktestResult(
                origins,
                days,
                mae,
                mae / naiveMae,
                (double) inside80 / days,
                (double) inside95 / days,
                width80 / days,
                width95 / days);
    }

    /**
     * Returns the mean absolute error of the 7-day seasonal naive forecast (same weekday a week
     * earlier) over the days from {@code from} to {@code to}, both inclusive, scoring the days that
     * have a week of data before them inside that range.
     */
    public static double seasonalNaiveMae(DailySeries series, LocalDate from, LocalDate to) {
        DailySeries range = series.between(from, to);
        double sum = 0;
        for (int t = HoltWintersRun.PERIOD; t < range.size(); t++) {
            sum += Math.abs(range.value(t) - range.value(t - HoltWintersRun.PERIOD));
        }
        int count = range.size() - HoltWintersRun.PERIOD;
        if (count < 1) {
            throw new IllegalArgumentException(
                    "seasonal naive error needs more than a week from "
                            + from
                            + " to "
                            + to
                            + ", got "
                            + range.size()
                            + " days");
        }
        return sum / count;
    }
}
