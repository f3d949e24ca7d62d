package io.smarttriage.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A daily volume forecast with prediction intervals.
 *
 * @param origin first forecast day (the day after the history)
 * @param method the method used
 * @param days one entry per forecast day, in order
 * @param notes caveats to show beside the forecast; empty when there are none
 */
public record Forecast(
        LocalDate origin, ForecastMethod method, List<ForecastDay> days, Set<ForecastNote> notes) {

    /** Copies the lists. */
    public Forecast {
        days = List.copyOf(days);
        notes = Set.copyOf(notes);
    }
}
