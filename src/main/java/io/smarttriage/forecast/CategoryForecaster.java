package io.smarttriage.forecast;

import io.smarttriage.domain.Ticket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Forecasts a project's total volume and, where history allows, the volume of each category.
 *
 * <p>A category gets a forecast of its own when its history, from its first request to the last
 * history day, spans at least {@value #MIN_DAYS} days (eight weeks, enough for the fitted model)
 * and holds a mean of at least {@value #MIN_MEAN_PER_DAY} request per day. Requests of the other
 * categories, and requests without a category, are grouped as {@value #OTHER}, which is forecast
 * under the same rule or else reported with {@link CategoryStatus#TOO_LITTLE_HISTORY}. A real
 * category named {@value #OTHER} is merged into that group. Category forecasts are fitted on their
 * own and need not add up to the total.
 */
public final class CategoryForecaster {

    /** Fewest days from a category's first request to the end of the history. */
    public static final int MIN_DAYS = 56;

    /** Lowest mean requests per day a category needs. */
    public static final double MIN_MEAN_PER_DAY = 1.0;

    /** Name of the group of categories too small for a forecast of their own. */
    public static final String OTHER = "other";

    private final VolumeForecaster forecaster;

    /** Creates a forecaster that fits every series with {@code forecaster}. */
    public CategoryForecaster(VolumeForecaster forecaster) {
        this.forecaster = forecaster;
    }

    /**
     * Forecasts the total and the categories of {@code tickets} created from {@code from} to {@code
     * to}.
     *
     * @param tickets requests with creation times; those created outside the days are ignored
     * @param classifier the category of a request, {@code null} or blank when it has none
     * @param zone the zone whose calendar days are counted
     * @param from first history day
     * @param to last history day
     * @param horizon days to forecast
     */
    public CategoryForecasts forecast(
            Collection<Ticket> tickets,
            Function<Ticket, String> classifier,
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            int horizon) {
        List<Ticket> inRange = within(tickets, zone, from, to);
        Forecast total = forecaster.forecast(count(created(inRange), zone, from, to), horizon);
        Map<String, List<Instant>> byCategory = split(inRange, classifier);
        List<CategoryForecast> categories = new ArrayList<>();
        List<Instant> other = new ArrayList<>(byCategory.getOrDefault(OTHER, List.of()));
        List<String> grouped = new ArrayList<>();
        byCategory.forEach(
                (category, created) -> {
                    if (category.equals(OTHER)) {
                        return;
                    }
                    Optional<CategoryForecast> own =
                            own(category, created, zone, from, to, horizon);
                    own.ifPresent(categories::add);
                    if (own.isEmpty()) {
                        grouped.add(category);
                        other.addAll(created);
                    }
                });
        categories.sort(Comparator.comparingInt(CategoryForecast::historyRequests).reversed());
        if (!other.isEmpty()) {
            categories.add(
                    own(OTHER, other, zone, from, to, horizon)
                            .orElseGet(() -> unforecast(OTHER, other, zone, from, to)));
        }
        return new CategoryForecasts(total, categories, grouped);
    }

    /**
     * Returns whether a category with these daily counts gets a forecast of its own: counted from
     * its first request, at least {@value #MIN_DAYS} days with a mean of at least {@value
     * #MIN_MEAN_PER_DAY} per day.
     */
    public static boolean allows(DailySeries history) {
        double[] values = history.values();
        int first = 0;
        double sum = 0;
        while (first < values.length && values[first] == 0) {
            first++;
        }
        for (int i = first; i < values.length; i++) {
            sum += values[i];
        }
        int days = values.length - first;
        return days >= MIN_DAYS && sum >= MIN_MEAN_PER_DAY * days;
    }

    private Optional<CategoryForecast> own(
            String category,
            List<Instant> created,
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            int horizon) {
        DailySeries history = count(created, zone, firstDay(created, zone, from), to);
        if (!allows(history)) {
            return Optional.empty();
        }
        Forecast forecast = forecaster.forecast(history, horizon);
        return Optional.of(
                new CategoryForecast(
                        category,
                        created.size(),
                        history.size(),
                        Optional.of(forecast),
                        CategoryStatus.FORECAST));
    }

    private static CategoryForecast unforecast(
            String category, List<Instant> created, ZoneId zone, LocalDate from, LocalDate to) {
        int days = count(created, zone, firstDay(created, zone, from), to).size();
        return new CategoryForecast(
                category,
                created.size(),
                days,
                Optional.empty(),
                CategoryStatus.TOO_LITTLE_HISTORY);
    }

    private static Map<String, List<Instant>> split(
            Collection<Ticket> tickets, Function<Ticket, String> classifier) {
        Map<String, List<Instant>> byCategory = new TreeMap<>();
        for (Ticket ticket : tickets) {
            String category = classifier.apply(ticket);
            String key = category == null || category.isBlank() ? OTHER : category.strip();
            byCategory.computeIfAbsent(key, c -> new ArrayList<>()).add(ticket.created());
        }
        return byCategory;
    }

    private static LocalDate firstDay(List<Instant> created, ZoneId zone, LocalDate from) {
        LocalDate first =
                created.stream()
                        .min(Instant::compareTo)
                        .map(i -> LocalDate.ofInstant(i, zone))
                        .orElse(from);
        return first.isBefore(from) ? from : first;
    }

    private static DailySeries count(
            List<Instant> created, ZoneId zone, LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(to) ? to : from;
        return DailyCounts.count(created, zone, start, to);
    }

    private static List<Ticket> within(
            Collection<Ticket> tickets, ZoneId zone, LocalDate from, LocalDate to) {
        List<Ticket> inRange = new ArrayList<>();
        for (Ticket ticket : tickets) {
            if (ticket.created() == null) {
                throw new IllegalArgumentException(
                        "request '" + ticket.key() + "' has no creation time to count");
            }
            LocalDate day = LocalDate.ofInstant(ticket.created(), zone);
            if (!day.isBefore(from) && !day.isAfter(to)) {
                inRange.add(ticket);
            }
        }
        return inRange;
    }

    private static List<Instant> created(Collection<Ticket> tickets) {
        return tickets.stream().map(Ticket::created).toList();
    }
}
