package io.smarttriage.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

/** Builds reproducible daily series with a weekly pattern and Poisson noise for tests. */
final class SyntheticSeries {

    static final long SEED = 42L;
    static final double WEEKDAY = 20.0;
    static final double WEEKEND = 5.0;

    private SyntheticSeries() {}

    /** Returns {@code days} days from {@code start}: 20 a weekday, 5 a weekend day, on average. */
    static DailySeries weekly(LocalDate start, int days) {
        Random random = new Random(SEED);
        double[] values = new double[days];
        for (int i = 0; i < days; i++) {
            values[i] = poisson(random, meanOn(start.plusDays(i)));
        }
        return new DailySeries(start, values);
    }

    /** Returns the mean of the pattern on {@code date}. */
    static double meanOn(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? WEEKEND : WEEKDAY;
    }

    private static double poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
