package io.smarttriage.forecast;

/**
 * Settings of the volume forecaster.
 *
 * @param holidays dates treated as holidays
 * @param fitWindowDays most recent days the model is fitted on
 * @param errorWindowDays most recent forecast origins whose errors set the intervals
 */
public record ForecastSettings(HolidayCalendar holidays, int fitWindowDays, int errorWindowDays) {

    /** Longest supported horizon: eight weeks. */
    public static final int MAX_HORIZON = 56;

    /** Fewest days of history a forecast needs: two weeks. */
    public static final int MIN_HISTORY = 14;

    /** Histories shorter than this use the weekday mean and carry a note: eight weeks. */
    public static final int SHORT_HISTORY = 56;

    /** Checks the windows. */
    public ForecastSettings {
        if (holidays == null) {
            throw new IllegalArgumentException("holiday calendar must not be null");
        }
        if (fitWindowDays < SHORT_HISTORY || errorWindowDays < 28) {
            throw new IllegalArgumentException(
                    "fit window must be >= "
                            + SHORT_HISTORY
                            + " days and error window >= 28 days, were "
                            + fitWindowDays
                            + " and "
                            + errorWindowDays);
        }
    }

    /** Returns the defaults: two years of fit and one year of errors, with {@code holidays}. */
    public static ForecastSettings defaults(HolidayCalendar holidays) {
        return new ForecastSettings(holidays, 730, 365);
    }
}
