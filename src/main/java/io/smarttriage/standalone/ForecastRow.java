package io.smarttriage.standalone;

import io.smarttriage.forecast.DayStaffing;
import io.smarttriage.forecast.Forecast;
import io.smarttriage.forecast.ForecastDay;
import io.smarttriage.forecast.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the forecast table, formatted.
 *
 * @param date ISO date
 * @param expected forecast
 * @param band80 80% interval
 * @param band95 95% interval
 * @param agents agents to roster
 * @param peak most agents on duty at once
 * @param holiday whether the day is a holiday
 */
public record ForecastRow(
        String date,
        String expected,
        String band80,
        String band95,
        int agents,
        int peak,
        boolean holiday) {

    /** Returns one row per forecast day, with that day's staffing. */
    static List<ForecastRow> of(Forecast forecast, List<DayStaffing> agents) {
        List<ForecastRow> rows = new ArrayList<>();
        for (int i = 0; i < forecast.days().size(); i++) {
            ForecastDay day = forecast.days().get(i);
            rows.add(
                    new ForecastRow(
                            day.date().toString(),
                            number(day.expected()),
                            band(day.p80()),
                            band(day.p95()),
                            agents.get(i).agentsNeeded(),
                            agents.get(i).peakAgents(),
                            day.holiday()));
        }
        return rows;
    }

    /** Returns {@code interval} as "lower - upper", one decimal each. */
    static String band(Interval interval) {
        return number(interval.lower()) + " - " + number(interval.upper());
    }

    /** Returns {@code value} with one decimal. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
