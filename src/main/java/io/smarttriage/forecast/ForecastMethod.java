package io.smarttriage.forecast;

/** The method that produced a forecast. */
public enum ForecastMethod {
    /** Holt-Winters with damped additive trend and multiplicative weekly season. */
    HOLT_WINTERS,
    /** Mean of the same weekday over the last four weeks. */
    WEEKDAY_MEAN
}
