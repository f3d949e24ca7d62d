package io.smarttriage.forecast;

/** Whether a category got its own forecast, and why not when it did not. */
public enum CategoryStatus {
    /** The category's history meets the rule of {@link CategoryForecaster}: it has a forecast. */
    FORECAST,
    /** Too little history for a forecast of its own, even after grouping as "other". */
    TOO_LITTLE_HISTORY
}
