package io.smarttriage.forecast;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Computes a {@link ForecastSnapshot} from a project's daily counts and its recent requests: the
 * forecast, the staffing per day and hour, and the hourly profile. Leading days without any request
 * (before the project was used) are left out of the history.
 */
public final class SnapshotBuilder {

    /** Days of history kept in the chart, to keep the stored JSON small. */
    public static final int CHART_HISTORY_DAYS = 56;

    private final ForecastSettings forecastSettings;
    private final StaffingSettings staffingSettings;
    private final ZoneId zone;

    /** Creates a builder that reads days and hours in {@code zone}. */
    public SnapshotBuilder(ForecastSettings forecast, StaffingSettings staffing, ZoneId zone) {
        this.forecastSettings = forecast;
        this.staffingSettings = staffing;
        this.zone = zone;
    }

    /**
     * Builds the snapshot.
     *
     * @param project project key
     * @param history daily counts, oldest first
     * @param recentCreated creation instants of recent requests, for the hourly profile
     * @param handlingTime mean handling time of a request
     * @param horizon days to forecast
     * @param now the computation time
     */
    public ForecastSnapshot build(
            String project,
            DailySeries history,
            List<Instant> recentCreated,
            Duration handlingTime,
            int horizon,
            Instant now) {
        DailySeries used = withoutLeadingZeros(history);
        if (used.size() < ForecastSettings.MIN_HISTORY) {
            return ForecastSnapshot.tooShort(project, now.toString(), zone.getId(), used.size());
        }
        Forecast forecast = new VolumeForecaster(forecastSettings).forecast(used, horizon);
        HourlyProfile profile =
                recentCreated.isEmpty()
                        ? HourlyProfile.flat()
                        : HourlyProfile.learn(recentCreated, zone);
        List<DayStaffing> staffing =
                new StaffingPlanner(staffingSettings, profile).plan(forecast, handlingTime);
        ChartData chart = ChartData.of(project, used, CHART_HISTORY_DAYS, forecast, staffing);
        return new ForecastSnapshot(
                project,
                now.toString(),
                zone.getId(),
                chart,
                used.size(),
                staffing.stream().map(DayStaffing::hourlyAgents).toList(),
                shares(profile));
    }

    static DailySeries withoutLeadingZeros(DailySeries history) {
        double[] values = history.values();
        int first = 0;
        while (first < values.length && values[first] == 0) {
            first++;
        }
        return new DailySeries(
                history.date(first), Arrays.copyOfRange(values, first, values.length));
    }

    private static List<List<Double>> shares(HourlyProfile profile) {
        List<List<Double>> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Double> hours = new ArrayList<>();
            for (int h = 0; h < HourlyProfile.HOURS; h++) {
                hours.add(Math.round(profile.share(day, h) * 10_000) / 10_000.0);
            }
            days.add(hours);
        }
        return days;
    }
}
