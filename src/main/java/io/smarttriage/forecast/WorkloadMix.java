package io.smarttriage.forecast;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The mean handling time of each forecast day, weighted by the forecast mix of categories.
 *
 * <p>For day {@code d}, each forecast category {@code c} brings its expected volume {@code v_c} at
 * its handling time {@code h_c}; the part of the total forecast the categories do not cover, {@code
 * max(0, total - sum v_c)}, comes at the overall handling time. The day's handling time is {@code
 * sum(v_c h_c) / sum(v_c)} over those parts, so the total forecast times it is the offered
 * workload, {@code sum(v_c h_c)} scaled to the total. The {@value CategoryForecaster#OTHER} group
 * uses {@link HandlingTimes#of} of its name, which is the overall value unless configured.
 */
public final class WorkloadMix {

    private WorkloadMix() {}

    /** Returns one handling time per day of {@code forecasts.total()}. */
    public static List<Duration> handlingPerDay(
            CategoryForecasts forecasts, HandlingTimes handlingTimes) {
        List<Duration> perDay = new ArrayList<>();
        List<ForecastDay> total = forecasts.total().days();
        for (int d = 0; d < total.size(); d++) {
            perDay.add(day(forecasts, handlingTimes, d, total.get(d).expected()));
        }
        return perDay;
    }

    private static Duration day(
            CategoryForecasts forecasts, HandlingTimes handlingTimes, int d, double total) {
        double volume = 0;
        double seconds = 0;
        for (CategoryForecast category : forecasts.categories()) {
            if (category.forecast().isEmpty()) {
                continue;
            }
            double v = category.forecast().get().days().get(d).expected();
            volume += v;
            seconds += v * handlingTimes.of(category.category()).toMillis() / 1000.0;
        }
        double rest = Math.max(0, total - volume);
        volume += rest;
        seconds += rest * handlingTimes.overall().toMillis() / 1000.0;
        if (volume <= 0) {
            return handlingTimes.overall();
        }
        return Duration.ofMillis(Math.round(seconds / volume * 1000));
    }
}
