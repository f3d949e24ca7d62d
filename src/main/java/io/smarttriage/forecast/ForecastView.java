package io.smarttriage.forecast;

import io.smarttriage.forecast.ChartData.ForecastPoint;
import io.smarttriage.forecast.ChartData.HistoryPoint;
import io.smarttriage.forecast.ChartData.StaffingPoint;
import java.util.List;
import java.util.Set;

/**
 * What the dashboard gadget draws: a stored forecast cut to a horizon, by day or by hour, or an
 * empty state saying why there is nothing to draw.
 *
 * @param state {@link #READY}, {@link #NO_FORECAST} or {@link #NOT_ENOUGH_HISTORY}
 * @param project project key
 * @param computedAt when the forecast was computed, ISO instant; {@code null} when none is stored
 * @param granularity {@code day} or {@code hour}
 * @param method forecast method, {@code null} without a forecast
 * @param notes caveats to show
 * @param history observed points before the forecast (none in the hourly view)
 * @param forecast forecast points with their 80% and 95% bands
 * @param staffing agents per point
 */
public record ForecastView(
        String state,
        String project,
        String computedAt,
        String granularity,
        ForecastMethod method,
        Set<ForecastNote> notes,
        List<HistoryPoint> history,
        List<ForecastPoint> forecast,
        List<StaffingPoint> staffing) {

    /** A forecast is present. */
    public static final String READY = "READY";

    /** No forecast has been computed for the project yet. */
    public static final String NO_FORECAST = "NO_FORECAST";

    /** The project has fewer than {@link ForecastSettings#MIN_HISTORY} days of requests. */
    public static final String NOT_ENOUGH_HISTORY = "NOT_ENOUGH_HISTORY";

    /** Copies the collections. */
    public ForecastView {
        notes = Set.copyOf(notes);
        history = List.copyOf(history);
        forecast = List.copyOf(forecast);
        staffing = List.copyOf(staffing);
    }

    /** Returns the empty view of a project without a stored forecast. */
    public static ForecastView none(String project, Granularity granularity) {
        return empty(NO_FORECAST, project, null, granularity);
    }

    /** Returns the view of {@code snapshot} over {@code horizon} days. */
    public static ForecastView of(ForecastSnapshot snapshot, Granularity granularity, int horizon) {
        if (!snapshot.hasForecast()) {
            return empty(
                    NOT_ENOUGH_HISTORY, snapshot.project(), snapshot.computedAt(), granularity);
        }
        return granularity == Granularity.HOUR
                ? HourlyView.of(snapshot, horizon)
                : daily(snapshot, horizon);
    }

    private static ForecastView daily(ForecastSnapshot snapshot, int horizon) {
        ChartData chart = snapshot.chart();
        int days = Math.min(horizon, chart.forecast().size());
        return new ForecastView(
                READY,
                snapshot.project(),
                snapshot.computedAt(),
                Granularity.DAY.id(),
                chart.method(),
                chart.notes(),
                chart.history(),
                chart.forecast().subList(0, days),
                chart.staffing().subList(0, Math.min(days, chart.staffing().size())));
    }

    private static ForecastView empty(
            String state, String project, String computedAt, Granularity granularity) {
        return new ForecastView(
                state,
                project,
                computedAt,
                granularity.id(),
                null,
                Set.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
