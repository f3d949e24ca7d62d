package io.smarttriage.forecast;

/**
 * A prediction interval for one day's count.
 *
 * @param lower lower bound, never negative
 * @param upper upper bound, not below {@code lower}
 */
public record Interval(double lower, double upper) {

    /** Checks the bounds. */
    public Interval {
        if (!(lower >= 0) || !(upper >= lower)) {
            throw new IllegalArgumentException(
                    "interval needs 0 <= lower <= upper, was [" + lower + ", " + upper + "]");
        }
    }

    /** Returns whether {@code value} lies inside the interval, bounds included. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Returns the interval with both bounds multiplied by {@code factor}. */
    public Interval scaled(double factor) {
        return new Interval(lower * factor, upper * factor);
    }

    /** Returns the smallest interval holding both this one and {@code inner}. */
    public Interval covering(Interval inner) {
        return new Interval(Math.min(lower, inner.lower), Math.max(upper, inner.upper));
    }
}
