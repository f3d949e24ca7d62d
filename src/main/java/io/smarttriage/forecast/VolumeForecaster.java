package io.smarttriage.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forecasts daily incoming volume with 80% and 95% prediction intervals.
 *
 * <p>Histories of eight weeks or more get Holt-Winters with a damped additive trend and a
 * multiplicative weekly season; shorter ones (from two weeks) get the mean of the same weekday and
 * a {@link ForecastNote#SHORT_HISTORY} note. Holidays are treated as missing while fitting and
 * forecast with the ratio of actual to forecast volume on past holidays. Intervals come from the
 * empirical quantiles of the model's own h-step-ahead errors over the last year, measured with
 * parameters chosen on earlier days and calibrated on the last quarter ({@link ErrorQuantiles}).
 */
public final class VolumeForecaster {

    private static final Logger LOG = LoggerFactory.getLogger(VolumeForecaster.class);

    private final ForecastSettings settings;

    /** Creates a forecaster with the given settings. */
    public VolumeForecaster(ForecastSettings settings) {
        this.settings = settings;
    }

    /**
     * Forecasts the days after the history.
     *
     * @param history daily counts, at least {@link ForecastSettings#MIN_HISTORY} days
     * @param horizon days to forecast, 1 to {@link ForecastSettings#MAX_HORIZON}
     * @return the forecast starting the day after the last history day
     */
    public Forecast forecast(DailySeries history, int horizon) {
        check(history, horizon);
        double[] y = history.values();
        boolean[] holiday = settings.holidays().flags(history.start(), y.length);
        boolean shortHistory = y.length < ForecastSettings.SHORT_HISTORY;
        VolumeModel model =
                shortHistory
                        ? new WeekdayMean(4)
                        : new HoltWinters(SeasonMode.MULTIPLICATIVE, settings.fitWindowDays());
        FittedModel fitted = model.fit(y, holiday);
        int firstUsable =
                Math.max(y.length - settings.fitWindowDays(), 0)
                        + (shortHistory ? HoltWintersRun.PERIOD : HoltWintersRun.WARM_UP);
        int firstOrigin = Math.max(firstUsable, y.length - settings.errorWindowDays());
        FittedModel errorModel = outOfSample(model, fitted, y, holiday, firstOrigin);
        ErrorQuantiles errors =
                ErrorQuantiles.measure(errorModel, y, holiday, firstOrigin, horizon);
        HolidayEffect effect = HolidayEffect.learn(fitted, y, holiday, firstUsable);
        List<ForecastDay> days =
                days(history.end(), fitted.forecastFrom(y.length, horizon), errors, effect);
        Set<ForecastNote> notes = notes(shortHistory, errors.measured(horizon), effect, days);
        ForecastMethod method =
                shortHistory ? ForecastMethod.WEEKDAY_MEAN : ForecastMethod.HOLT_WINTERS;
        LOG.debug(
                "Forecast {} days from {} days of history with {}, notes {}",
                horizon,
                y.length,
                method,
                notes);
        return new Forecast(history.end(), method, days, notes);
    }

    /**
     * Returns the model whose errors set the intervals: parameters chosen on the days before the
     * error window, so that its errors are out of sample. With fewer than {@link
     * ForecastSettings#SHORT_HISTORY} days before the window it returns {@code fitted}, whose
     * in-sample errors make the bands slightly narrow; a longer history is the only remedy.
     */
    private static FittedModel outOfSample(
            VolumeModel model, FittedModel fitted, double[] y, boolean[] holiday, int firstOrigin) {
        if (firstOrigin < ForecastSettings.SHORT_HISTORY) {
            return fitted;
        }
        return model.fitBefore(y, holiday, firstOrigin);
    }

    private List<ForecastDay> days(
            LocalDate origin, double[] expected, ErrorQuantiles errors, HolidayEffect effect) {
        List<ForecastDay> days = new ArrayList<>();
        for (int k = 0; k < expected.length; k++) {
            LocalDate date = origin.plusDays(k);
            boolean holiday = settings.holidays().contains(date);
            double factor = holiday ? effect.factor() : 1.0;
            Interval p80 = errors.interval(expected[k], k, false).scaled(factor);
            Interval p95 = errors.interval(expected[k], k, true).scaled(factor).covering(p80);
            days.add(new ForecastDay(date, expected[k] * factor, p80, p95, holiday));
        }
        return days;
    }

    private static Set<ForecastNote> notes(
            boolean shortHistory, boolean measured, HolidayEffect effect, List<ForecastDay> days) {
        Set<ForecastNote> notes = EnumSet.noneOf(ForecastNote.class);
        if (shortHistory) {
            notes.add(ForecastNote.SHORT_HISTORY);
        }
        if (!measured) {
            notes.add(ForecastNote.ASSUMED_INTERVALS);
        }
        if (effect.observed() == 0 && days.stream().anyMatch(ForecastDay::holiday)) {
            notes.add(ForecastNote.NO_HOLIDAY_HISTORY);
        }
        return notes;
    }

    private static void check(DailySeries history, int horizon) {
        if (horizon < 1 || horizon > ForecastSettings.MAX_HORIZON) {
            throw new IllegalArgumentException(
                    "horizon must be 1 to "
                            + ForecastSettings.MAX_HORIZON
                            + " days, was "
                            + horizon);
        }
        if (history.size() < ForecastSettings.MIN_HISTORY) {
            throw new IllegalArgumentException(
                    "forecast needs at least "
                            + ForecastSettings.MIN_HISTORY
                            + " days of history, got "
                            + history.size()
                            + " days ending "
                            + history.end().minusDays(1));
        }
    }
}
