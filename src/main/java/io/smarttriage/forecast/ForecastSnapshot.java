package io.smarttriage.forecast;

import java.util.List;

/**
 * A forecast computed ahead of time and stored for display: the chart data of the daily forecast,
 * the agents needed in each hour of each forecast day and the hour-of-day profile, so that both a
 * daily and an hourly view can be served without fitting a model.
 *
 * @param project project key
 * @param computedAt when the forecast was computed, ISO instant
 * @param zone time zone of the days and hours, e.g. {@code Europe/Berlin}
 * @param chart daily chart data; {@code null} when the history was too short to forecast
 * @param historyDays days of history found (after leading days without requests)
 * @param hourlyAgents per forecast day, agents on duty needed in each hour 0-23
 * @param hourlyShares per day of the week (Monday first), share of the day's requests per hour
 */
public record ForecastSnapshot(
        String project,
        String computedAt,
        String zone,
        ChartData chart,
        int historyDays,
        List<List<Integer>> hourlyAgents,
        List<List<Double>> hourlyShares) {

    /** Copies the lists. */
    public ForecastSnapshot {
        hourlyAgents = hourlyAgents == null ? List.of() : List.copyOf(hourlyAgents);
        hourlyShares = hourlyShares == null ? List.of() : List.copyOf(hourlyShares);
    }

    /** Returns a snapshot for a project whose history is too short to forecast. */
    public static ForecastSnapshot tooShort(
            String project, String computedAt, String zone, int historyDays) {
        return new ForecastSnapshot(
                project, computedAt, zone, null, historyDays, List.of(), List.of());
    }

    /** Returns whether a forecast is present. */
    public boolean hasForecast() {
        return chart != null;
    }
}
