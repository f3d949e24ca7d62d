package io.smarttriage.forecast;

/** Caveats attached to a forecast, shown to the reader beside it. */
public enum ForecastNote {
    /** Less than eight weeks of history: a mean of the same weekday replaces the fitted model. */
    SHORT_HISTORY,
    /** Too little history to measure errors: intervals assume overdispersed Poisson noise. */
    ASSUMED_INTERVALS,
    /** A forecast day is a holiday but the history holds none to learn the holiday effect. */
    NO_HOLIDAY_HISTORY
}
