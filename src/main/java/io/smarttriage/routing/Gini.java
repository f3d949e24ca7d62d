package io.smarttriage.routing;

import java.util.Arrays;

/** The Gini coefficient of a set of non-negative amounts: 0 all equal, near 1 one holds all. */
final class Gini {
    private Gini() {}

    /** Returns the Gini coefficient of {@code values}; 0 when empty or all zero. */
    public static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 0) {
                throw new IllegalArgumentException(
                        "Gini: amounts must be >= 0, found " + sorted[i]);
            }
            total += sorted[i];
            weighted += (i + 1) * sorted[i];
        }
        int n = sorted.length;
        return total == 0 ? 0 : (2 * weighted) / (n * total) - (n + 1.0) / n;
    }
}
