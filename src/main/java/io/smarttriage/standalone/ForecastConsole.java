package io.smarttriage.standalone;

import io.smarttriage.forecast.CategoryForecasts;
import io.smarttriage.forecast.ForecastNote;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;

/** Prints the forecast's notes, the daily table and the category table to the console. */
final class ForecastConsole {

    private static final String DAY_FORMAT = "%-12s %8s %15s %15s %7s%n";
    private static final String CATEGORY_FORMAT = "%-24s %8s %10s %8s %17s  %s%n";

    private final PrintWriter console;
    private final ForecastMessages messages;

    ForecastConsole(PrintWriter console, ForecastMessages messages) {
        this.console = console;
        this.messages = messages;
    }

    /** Prints one line per note, then the header and one line per day. */
    void printDays(Collection<ForecastNote> notes, List<ForecastRow> rows) {
        for (ForecastNote note : notes) {
            console.println("NOTE: " + messages.plain("triage.forecast.note." + note));
        }
        console.printf(DAY_FORMAT, "date", "forecast", "80% band", "95% band", "agents");
        for (ForecastRow row : rows) {
            console.printf(
                    DAY_FORMAT,
                    row.date() + (row.holiday() ? "*" : ""),
                    row.expected(),
                    row.band80(),
                    row.band95(),
                    row.agents());
        }
    }

    /** Prints the category table and the categories grouped as "other". */
    void printCategories(List<ForecastCategoryRow> rows, CategoryForecasts split) {
        console.printf(
                CATEGORY_FORMAT, "category", "history", "next 7 d", "horizon", "80% band", "note");
        for (ForecastCategoryRow row : rows) {
            console.printf(
                    CATEGORY_FORMAT,
                    row.category(),
                    row.historyRequests(),
                    row.next7(),
                    row.horizon(),
                    row.band80(),
                    row.note());
        }
        if (!split.groupedAsOther().isEmpty()) {
            console.println(
                    messages.plain("triage.forecast.category.grouped")
                            + " "
                            + String.join(", ", split.groupedAsOther()));
        }
    }
}
