package io.smarttriage.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Totals of one category's forecast, for tables.
 *
 * <p>The 80% band of a total is the sum of the daily 80% bounds. It is an interval for the total
 * only if the daily errors move together; with independent errors it is wider than needed, so it is
 * a conservative band, not an 80% prediction interval of the total.
 *
 * @param category category name
 * @param historyRequests requests in the history
 * @param next7 expected requests in the first seven forecast days (fewer when the horizon is
 *     shorter); {@code NaN} without a forecast
 * @param horizonTotal expected requests over the whole horizon; {@code NaN} without a forecast
 * @param band80 summed daily 80% bounds over the horizon; {@code null} without a forecast
 * @param status whether the category was forecast
 * @param notes the forecast's notes; empty without a forecast
 */
public record CategorySummary(
        String category,
        int historyRequests,
        double next7,
        double horizonTotal,
        Interval band80,
        CategoryStatus status,
        List<ForecastNote> notes) {

    /** Copies the notes. */
    public CategorySummary {
        notes = List.copyOf(notes);
    }

    /** Summarises every category of {@code forecasts}, in their order. */
    public static List<CategorySummary> of(CategoryForecasts forecasts) {
        List<CategorySummary> rows = new ArrayList<>();
        for (CategoryForecast category : forecasts.categories()) {
            rows.add(of(category));
        }
        return rows;
    }

    /** Summarises one category. */
    public static CategorySummary of(CategoryForecast category) {
        if (category.forecast().isEmpty()) {
            return new CategorySummary(
                    category.category(),
                    category.historyRequests(),
                    Double.NaN,
                    Double.NaN,
                    null,
                    category.status(),
                    List.of());
        }
        Forecast forecast = category.forecast().get();
        List<ForecastDay> days = forecast.days();
        double next7 = days.stream().limit(7).mapToDouble(ForecastDay::expected).sum();
        double total = days.stream().mapToDouble(ForecastDay::expected).sum();
        double lower = days.stream().mapToDouble(d -> d.p80().lower()).sum();
        double upper = days.stream().mapToDouble(d -> d.p80().upper()).sum();
        return new CategorySummary(
                category.category(),
                category.historyRequests(),
                next7,
                total,
                new Interval(lower, upper),
                category.status(),
                forecast.notes().stream().sorted().toList());
    }
}
