package io.smarttriage.standalone;

import io.smarttriage.domain.Ticket;
import io.smarttriage.forecast.DailyCounts;
import io.smarttriage.forecast.DailySeries;
import io.smarttriage.forecast.ForecastSettings;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import picocli.CommandLine;

/**
 * The requests a forecast learns from: the chosen project up to {@code --until}, counted per day.
 *
 * @param tickets the selected requests
 * @param series their daily counts, from the first request's day to the last history day
 */
record ForecastHistory(List<Ticket> tickets, DailySeries series) {

    /**
     * Selects the requests and counts them per day.
     *
     * @throws CommandLine.ParameterException when the project has no requests
     * @throws InputException when {@code --until} lies outside the data or the history is short
     */
    static ForecastHistory of(List<Ticket> all, ForecastOptions options, CommandLine command) {
        List<Ticket> inProject =
                all.stream()
                        .filter(t -> options.project == null || options.project.equals(t.project()))
                        .toList();
        if (inProject.isEmpty()) {
            throw new CommandLine.ParameterException(
                    command,
                    "no requests in "
                            + options.issues
                            + (options.project == null
                                    ? ""
                                    : " for project '" + options.project + "'"));
        }
        LocalDate first = day(inProject, options, true);
        LocalDate last = day(inProject, options, false);
        checkUntil(options, first, last);
        LocalDate end = options.until != null ? options.until : last;
        List<Ticket> tickets =
                inProject.stream()
                        .filter(t -> !LocalDate.ofInstant(t.created(), options.zone).isAfter(end))
                        .toList();
        DailySeries series =
                DailyCounts.count(
                        tickets.stream().map(Ticket::created).toList(), options.zone, first, end);
        checkLength(series);
        return new ForecastHistory(tickets, series);
    }

    private static LocalDate day(List<Ticket> tickets, ForecastOptions options, boolean first) {
        return tickets.stream()
                .map(t -> LocalDate.ofInstant(t.created(), options.zone))
                .reduce((a, b) -> first == a.isBefore(b) ? a : b)
                .orElseThrow();
    }

    private static void checkUntil(ForecastOptions options, LocalDate first, LocalDate last) {
        LocalDate until = options.until;
        if (until == null) {
            return;
        }
        String problem = null;
        if (until.isBefore(first)) {
            problem = "no request was created on or before it";
        } else if (ChronoUnit.DAYS.between(last, until) > options.horizon) {
            problem =
                    "it is more than the horizon ("
                            + options.horizon
                            + " days) after the last request, so the history would end in "
                            + "empty days";
        }
        if (problem != null) {
            throw new InputException(
                    String.format(
                            "--until %s: %s; the export's requests%s were created from %s to %s",
                            until,
                            problem,
                            options.project == null ? "" : " in project '" + options.project + "'",
                            first,
                            last));
        }
    }

    private static void checkLength(DailySeries series) {
        if (series.size() < ForecastSettings.MIN_HISTORY) {
            throw new InputException(
                    "forecast needs at least "
                            + ForecastSettings.MIN_HISTORY
                            + " days of history, got "
                            + series.size()
                            + " days ending "
                            + series.end().minusDays(1));
        }
    }
}
