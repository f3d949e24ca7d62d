package io.smarttriage.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything a forecast chart shows, in a form that serialises to plain JSON (dates as ISO
 * strings): recent history, the forecast with its bands, staffing per day and the notes. The
 * standalone page and the dashboard gadget draw from the same record.
 *
 * @param project project key, or {@code null} for all projects together
 * @param origin first forecast day, ISO date
 * @param method method that produced the forecast
 * @param notes caveats to show
 * @param history recent daily counts before the origin
 * @param forecast forecast days
 * @param staffing agents per forecast day
 */
public record ChartData(
        String project,
        String origin,
        ForecastMethod method,
        Set<ForecastNote> notes,
        List<HistoryPoint> history,
        List<ForecastPoint> forecast,
        List<StaffingPoint> staffing) {

    /** Copies the collections. */
    public ChartData {
        notes = Set.copyOf(notes);
        history = List.copyOf(history);
        forecast = List.copyOf(forecast);
        staffing = List.copyOf(staffing);
    }

    /**
     * One observed day.
     *
     * @param date ISO date
     * @param count requests created
     */
    public record HistoryPoint(String date, double count) {}

    /**
     * One forecast day.
     *
     * @param date ISO date
     * @param expected expected requests
     * @param lower80 lower bound of the 80% interval
     * @param upper80 upper bound of the 80% interval
     * @param lower95 lower bound of the 95% interval
     * @param upper95 upper bound of the 95% interval
     * @param holiday whether the day is a holiday
     */
    public record ForecastPoint(
            String date,
            double expected,
            double lower80,
            double upper80,
            double lower95,
            double upper95,
            boolean holiday) {}

    /**
     * Agents for one forecast day.
     *
     * @param date ISO date
     * @param agents agents to roster
     * @param peak most agents on duty at once
     */
    public record StaffingPoint(String date, int agents, int peak) {}

    /**
     * Builds chart data from the last {@code historyDays} days of {@code history}, a forecast made
     * from it and the staffing of that forecast.
     */
    public static ChartData of(
            String project,
            DailySeries history,
            int historyDays,
            Forecast forecast,
            List<DayStaffing> staffing) {
        List<HistoryPoint> past = new ArrayList<>();
        for (int i = Math.max(0, history.size() - historyDays); i < history.size(); i++) {
            past.add(new HistoryPoint(history.date(i).toString(), history.value(i)));
        }
        List<ForecastPoint> future =
                forecast.days().stream()
                        .map(
                                d ->
                                        new ForecastPoint(
                                                d.date().toString(),
                                                d.expected(),
                                                d.p80().lower(),
                                                d.p80().upper(),
                                                d.p95().lower(),
                                                d.p95().upper(),
                                                d.holiday()))
                        .toList();
        List<StaffingPoint> agents =
                staffing.stream()
                        .map(
                                s ->
                                        new StaffingPoint(
                                                s.date().toString(),
                                                s.agentsNeeded(),
                                                s.peakAgents()))
                        .toList();
        return new ChartData(
                project,
                forecast.origin().toString(),
                forecast.method(),
                forecast.notes(),
                past,
                future,
                agents);
    }
}
