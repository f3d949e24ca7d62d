package io.smarttriage.forecast;

import io.smarttriage.domain.Ticket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mean handling time per request category: configured values where given, otherwise learned.
 *
 * <p>Exports hold creation and resolution times but not the effort spent, and the time between them
 * is mostly waiting. The learned value is therefore the median elapsed time of the requests
 * resolved within a cap (by default 8 hours), where elapsed time is closest to effort; it
 * over-states effort when quick requests still wait, and ignores the long tail of requests that
 * take real work over several days. Configure per-category values when they are known.
 */
public final class HandlingTimes {

    /** Fewest quickly resolved requests a category needs for its own learned value. */
    static final int MIN_SAMPLES = 20;

    private final Duration overall;
    private final Map<String, Duration> perCategory;

    private HandlingTimes(Duration overall, Map<String, Duration> perCategory) {
        if (overall.isNegative() || overall.isZero()) {
            throw new IllegalArgumentException("handling time must be positive, was " + overall);
        }
        this.overall = overall;
        this.perCategory = Map.copyOf(perCategory);
    }

    /** Returns handling times that are {@code value} for every category. */
    public static HandlingTimes fixed(Duration value) {
        return new HandlingTimes(value, Map.of());
    }

    /**
     * Learns handling times from resolved tickets.
     *
     * @param tickets tickets with creation and (where resolved) resolution times
     * @param cap longest elapsed time still taken as handling time
     * @param fallback value when fewer than {@value #MIN_SAMPLES} tickets were resolved within the
     *     cap
     */
    public static HandlingTimes learn(Collection<Ticket> tickets, Duration cap, Duration fallback) {
        List<Duration> all = new ArrayList<>();
        Map<String, List<Duration>> byCategory = new HashMap<>();
        for (Ticket ticket : tickets) {
            if (ticket.created() == null || ticket.resolved() == null) {
                continue;
            }
            Duration elapsed = Duration.between(ticket.created(), ticket.resolved());
            if (!elapsed.isNegative() && elapsed.compareTo(cap) <= 0) {
                all.add(elapsed);
                if (ticket.category() != null) {
                    byCategory
                            .computeIfAbsent(ticket.category(), c -> new ArrayList<>())
                            .add(elapsed);
                }
            }
        }
        Map<String, Duration> learned = new HashMap<>();
        byCategory.forEach(
                (category, values) ->
                        median(values).ifPresent(median -> learned.put(category, median)));
        return new HandlingTimes(median(all).orElse(fallback), learned);
    }

    /** Returns a copy with {@code value} configured for {@code category}. */
    public HandlingTimes with(String category, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    "handling time of category '" + category + "' must be positive, was " + value);
        }
        Map<String, Duration> copy = new HashMap<>(perCategory);
        copy.put(category, value);
        return new HandlingTimes(overall, copy);
    }

    /** Returns the handling time of {@code category}, or the overall value when unknown. */
    public Duration of(String category) {
        return category == null ? overall : perCategory.getOrDefault(category, overall);
    }

    /** Returns the overall value used for requests without a known category. */
    public Duration overall() {
        return overall;
    }

    private static Optional<Duration> median(List<Duration> values) {
        if (values.size() < MIN_SAMPLES) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        return Optional.of(sorted.get(sorted.size() / 2));
    }
}
