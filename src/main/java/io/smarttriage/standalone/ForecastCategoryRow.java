package io.smarttriage.standalone;

import io.smarttriage.forecast.CategorySummary;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the category table, formatted.
 *
 * @param category category name
 * @param historyRequests requests in the history
 * @param next7 expected requests in the first seven days, "-" without a forecast
 * @param horizon expected requests over the horizon, "-" without a forecast
 * @param band80 summed daily 80% bounds over the horizon, "-" without a forecast
 * @param note why there is no forecast, and the forecast's notes
 */
public record ForecastCategoryRow(
        String category,
        int historyRequests,
        String next7,
        String horizon,
        String band80,
        String note) {

    /** Returns one row per category summary, with notes in the bundle's words. */
    static List<ForecastCategoryRow> of(
            List<CategorySummary> categories, ForecastMessages messages) {
        List<ForecastCategoryRow> rows = new ArrayList<>();
        for (CategorySummary c : categories) {
            rows.add(of(c, messages));
        }
        return rows;
    }

    private static ForecastCategoryRow of(CategorySummary c, ForecastMessages messages) {
        boolean has = c.band80() != null;
        List<String> notes = new ArrayList<>();
        if (!has) {
            notes.add(messages.plain("triage.forecast.category.status." + c.status()));
        }
        c.notes().forEach(n -> notes.add(messages.plain("triage.forecast.note." + n)));
        return new ForecastCategoryRow(
                c.category(),
                c.historyRequests(),
                has ? ForecastRow.number(c.next7()) : "-",
                has ? ForecastRow.number(c.horizonTotal()) : "-",
                has ? ForecastRow.band(c.band80()) : "-",
                String.join(" ", notes));
    }
}
