package io.smarttriage.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/** Builds daily series from creation instants, counting per calendar day in a time zone. */
public final class DailyCounts {

    private DailyCounts() {}

    /**
     * Counts instants per day from {@code from} to {@code to} (both inclusive) in {@code zone};
     * instants outside that range are ignored, days without any instant count zero.
     *
     * @param instants creation times; nulls are rejected
     * @param zone the zone whose calendar days are counted
     * @param from first day
     * @param to last day, not before {@code from}
     * @return one count per day
     */
    public static DailySeries count(
            Collection<Instant> instants, ZoneId zone, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "last day " + to + " must not be before first day " + from);
        }
        double[] counts = new double[(int) from.until(to, ChronoUnit.DAYS) + 1];
        for (Instant instant : instants) {
            if (instant == null) {
                throw new IllegalArgumentException("creation instant must not be null");
            }
            long day = from.until(LocalDate.ofInstant(instant, zone), ChronoUnit.DAYS);
            if (day >= 0 && day < counts.length) {
                counts[(int) day]++;
            }
        }
        return new DailySeries(from, counts);
    }

    /** Counts instants over every day from the first to the last instant in {@code zone}. */
    public static DailySeries countAll(Collection<Instant> instants, ZoneId zone) {
        if (instants.isEmpty()) {
            throw new IllegalArgumentException("cannot build a daily series from no instants");
        }
        LocalDate first =
                instants.stream()
                        .min(Instant::compareTo)
                        .map(i -> LocalDate.ofInstant(i, zone))
                        .orElseThrow();
        LocalDate last =
                instants.stream()
                        .max(Instant::compareTo)
                        .map(i -> LocalDate.ofInstant(i, zone))
                        .orElseThrow();
        return count(instants, zone, first, last);
    }
}
