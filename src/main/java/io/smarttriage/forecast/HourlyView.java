package io.smarttriage.forecast;

import io.smarttriage.forecast.ChartData.ForecastPoint;
import io.smarttriage.forecast.ChartData.StaffingPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads a stored daily forecast over hours with the stored hour-of-day profile. The bands of an
 * hour are the day's bands times the hour's share: a simple proportional split, narrower in
 * relative terms than a model of hourly counts would give.
 */
final class HourlyView {

    private HourlyView() {}

    static ForecastView of(ForecastSnapshot snapshot, int horizon) {
        ChartData chart = snapshot.chart();
        int days =
                Math.min(
                        Math.min(horizon, Granularity.MAX_HOURLY_DAYS),
                        Math.min(chart.forecast().size(), snapshot.hourlyAgents().size()));
        List<ForecastPoint> points = new ArrayList<>();
        List<StaffingPoint> agents = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            ForecastPoint day = chart.forecast().get(d);
            List<Double> shares = shares(snapshot, LocalDate.parse(day.date()));
            List<Integer> onDuty = snapshot.hourlyAgents().get(d);
            for (int h = 0; h < HourlyProfile.HOURS; h++) {
                String hour = String.format("%sT%02d:00", day.date(), h);
                points.add(scaled(day, hour, shares.get(h)));
                agents.add(new StaffingPoint(hour, onDuty.get(h), onDuty.get(h)));
            }
        }
        return new ForecastView(
                ForecastView.READY,
                snapshot.project(),
                snapshot.computedAt(),
                Granularity.HOUR.id(),
                chart.method(),
                chart.notes(),
                List.of(),
                points,
                agents);
    }

    private static List<Double> shares(ForecastSnapshot snapshot, LocalDate date) {
        if (snapshot.hourlyShares().size() != 7) {
            return java.util.Collections.nCopies(HourlyProfile.HOURS, 1.0 / HourlyProfile.HOURS);
        }
        return snapshot.hourlyShares().get(date.getDayOfWeek().ordinal());
    }

    private static ForecastPoint scaled(ForecastPoint day, String hour, double share) {
        return new ForecastPoint(
                hour,
                day.expected() * share,
                day.lower80() * share,
                day.upper80() * share,
                day.lower95() * share,
                day.upper95() * share,
                day.holiday());
    }
}
