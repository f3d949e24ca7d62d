package io.smarttriage.forecast;

import java.time.LocalDate;

/**
 * The forecast for one day.
 *
 * @param date the day
 * @param expected expected number of new requests
 * @param p80 80% prediction interval
 * @param p95 95% prediction interval
 * @param holiday whether the day is a holiday of the calendar used
 */
public record ForecastDay(
        LocalDate date, double expected, Interval p80, Interval p95, boolean holiday) {}
