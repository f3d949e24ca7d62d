package io.smarttriage.forecast;

import java.util.Optional;

/**
 * The forecast of one request category, or the reason it has none.
 *
 * @param category the category name, or {@link CategoryForecaster#OTHER} for the grouped rest
 * @param historyRequests requests of the category in the history
 * @param historyDays days from the category's first request to the end of the history
 * @param forecast the forecast; empty unless {@code status} is {@link CategoryStatus#FORECAST}
 * @param status whether the category was forecast
 */
public record CategoryForecast(
        String category,
        int historyRequests,
        int historyDays,
        Optional<Forecast> forecast,
        CategoryStatus status) {

    /** Checks that a forecast is present exactly when the status says so. */
    public CategoryForecast {
        if (forecast.isPresent() != (status == CategoryStatus.FORECAST)) {
            throw new IllegalArgumentException(
                    "category '"
                            + category
                            + "' with status "
                            + status
                            + " must "
                            + (forecast.isPresent() ? "not " : "")
                            + "have a forecast");
        }
    }

    /** Returns the mean requests per day over the category's history. */
    public double meanPerDay() {
        return historyDays == 0 ? 0 : (double) historyRequests / historyDays;
    }
}
