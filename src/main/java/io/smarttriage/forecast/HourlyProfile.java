package io.smarttriage.forecast;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;

/**
 * The share of a day's requests that arrives in each hour, per day of the week, used to spread a
 * daily forecast over hours. Weekdays without history get a flat profile.
 */
public final class HourlyProfile {

    /** Hours per day. */
    public static final int HOURS = 24;

    private final double[][] shares;

    private HourlyProfile(double[][] shares) {
        this.shares = shares;
    }

    /** Learns the profile from creation instants, reading hours and weekdays in {@code zone}. */
    public static HourlyProfile learn(Collection<Instant> created, ZoneId zone) {
        double[][] counts = new double[7][HOURS];
        for (Instant instant : created) {
            ZonedDateTime local = instant.atZone(zone);
            counts[local.getDayOfWeek().ordinal()][local.getHour()]++;
        }
        for (double[] day : counts) {
            normalise(day);
        }
        return new HourlyProfile(counts);
    }

    /** Returns a profile with the same share for every hour. */
    public static HourlyProfile flat() {
        double[][] shares = new double[7][HOURS];
        for (double[] day : shares) {
            normalise(day);
        }
        return new HourlyProfile(shares);
    }

    /** Returns the share of the day's requests arriving in {@code hour} (0-23) on {@code day}. */
    public double share(DayOfWeek day, int hour) {
        return shares[day.ordinal()][hour];
    }

    /** Spreads {@code dailyVolume} over the 24 hours of {@code day}. */
    public double[] spread(DayOfWeek day, double dailyVolume) {
        double[] hours = new double[HOURS];
        for (int h = 0; h < HOURS; h++) {
            hours[h] = dailyVolume * shares[day.ordinal()][h];
        }
        return hours;
    }

    private static void normalise(double[] day) {
        double total = 0;
        for (double value : day) {
            total += value;
        }
        for (int h = 0; h < HOURS; h++) {
            day[h] = total == 0 ? 1.0 / HOURS : day[h] / total;
        }
    }
}
