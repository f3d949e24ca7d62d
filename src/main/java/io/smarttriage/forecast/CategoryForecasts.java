package io.smarttriage.forecast;

import java.util.List;

/**
 * A project's total forecast with the forecasts of its categories.
 *
 * @param total the forecast of all requests together
 * @param categories one entry per category with enough history, largest first, then {@link
 *     CategoryForecaster#OTHER} when any request was grouped there
 * @param groupedAsOther categories (in name order) whose requests went into "other"
 */
public record CategoryForecasts(
        Forecast total, List<CategoryForecast> categories, List<String> groupedAsOther) {

    /** Copies the lists. */
    public CategoryForecasts {
        categories = List.copyOf(categories);
        groupedAsOther = List.copyOf(groupedAsOther);
    }
}
