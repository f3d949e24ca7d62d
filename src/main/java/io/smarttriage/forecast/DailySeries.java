package io.smarttriage.forecast;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Counts per calendar day on consecutive days, starting at {@code start}.
 *
 * @param start date of the first value
 * @param values one non-negative count per day, no gaps
 */
public record DailySeries(LocalDate start, double[] values) {

    /** Checks the start date and the values, and copies the array. */
    public DailySeries {
        if (start == null) {
            throw new IllegalArgumentException("daily series start date must not be null");
        }
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(
                        "daily series value on "
                                + start.plusDays(i)
                                + " must be a finite count"
                                + " >= 0, was "
                                + values[i]);
            }
        }
    }

    /** Returns the number of days. */
    public int size() {
        return values.length;
    }

    /** Returns the date of the day at {@code index}. */
    public LocalDate date(int index) {
        return start.plusDays(index);
    }

    /** Returns the day after the last one, where a forecast made now would start. */
    public LocalDate end() {
        return start.plusDays(values.length);
    }

    /** Returns the value at {@code index}. */
    public double value(int index) {
        return values[index];
    }

    /** Returns a copy of the values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** Returns the days strictly before {@code date} (all of them when it is after the end). */
    public DailySeries before(LocalDate date) {
        long days = start.until(date, java.time.temporal.ChronoUnit.DAYS);
        int n = (int) Math.max(0, Math.min(values.length, days));
        return new DailySeries(start, Arrays.copyOf(values, n));
    }

    /** Returns the days from {@code from} to {@code to}, both inclusive, clipped to the series. */
    public DailySeries between(LocalDate from, LocalDate to) {
        LocalDate first = from.isBefore(start) ? start : from;
        int lo = (int) start.until(first, java.time.temporal.ChronoUnit.DAYS);
        int hi =
                (int)
                        Math.min(
                                values.length,
                                start.until(to.plusDays(1), java.time.temporal.ChronoUnit.DAYS));
        return new DailySeries(first, Arrays.copyOfRange(values, lo, Math.max(lo, hi)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DailySeries s
                && start.equals(s.start)
                && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DailySeries[start=" + start + ", days=" + values.length + "]";
    }
}
