package io.smarttriage.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quantiles of past h-step-ahead forecast errors per horizon step, in units of the square root of
 * the forecast (counts vary roughly like Poisson noise), used to draw prediction intervals.
 */
final class ErrorQuantiles {

    /** Probabilities of the quantiles kept: 2.5%, 10%, 90%, 97.5%. */
    static final double[] LEVELS = {0.025, 0.10, 0.90, 0.975};

    /** Fewest errors a horizon step needs before its own quantiles are used. */
    static final int MIN_ERRORS = 20;

    /** Quantiles of an overdispersed Poisson (sd = 1.5 sqrt(mean)) when errors are too few. */
    private static final double[] ASSUMED = {-1.96 * 1.5, -1.2816 * 1.5, 1.2816 * 1.5, 1.96 * 1.5};

    private final List<double[]> perStep;

    private ErrorQuantiles(List<double[]> perStep) {
        this.perStep = perStep;
    }

    /**
     * Measures errors of forecasts made from each origin in {@code [firstOrigin, y.length)}.
     *
     * @param model fitted model
     * @param y observed counts
     * @param skip days whose errors are left out (holidays)
     * @param firstOrigin first origin to forecast from
     * @param horizon number of steps
     */
    static ErrorQuantiles measure(
            FittedModel model, double[] y, boolean[] skip, int firstOrigin, int horizon) {
        List<List<Double>> errors = new ArrayList<>();
        for (int k = 0; k < horizon; k++) {
            errors.add(new ArrayList<>());
        }
        for (int origin = Math.max(1, firstOrigin); origin < y.length; origin++) {
            int steps = Math.min(horizon, y.length - origin);
            double[] forecast = model.forecastFrom(origin, steps);
            for (int k = 0; k < steps; k++) {
                if (!skip[origin + k]) {
                    errors.get(k).add((y[origin + k] - forecast[k]) / scale(forecast[k]));
                }
            }
        }
        return new ErrorQuantiles(quantilesPerStep(errors));
    }

    /** Returns whether every step up to {@code horizon} had its own measured errors. */
    boolean measured(int horizon) {
        return perStep.size() >= horizon && perStep.get(horizon - 1) != null;
    }

    /** Returns the interval for a forecast of {@code expected} at step {@code k} (0-based). */
    Interval interval(double expected, int k, boolean wide) {
        double[] q = quantilesAt(k);
        double lower = expected + q[wide ? 0 : 1] * scale(expected);
        double upper = expected + q[wide ? 3 : 2] * scale(expected);
        return new Interval(Math.max(0, lower), Math.max(Math.max(0, lower), upper));
    }

    private double[] quantilesAt(int k) {
        for (int step = Math.min(k, perStep.size() - 1); step >= 0; step--) {
            if (perStep.get(step) != null) {
                return perStep.get(step);
            }
        }
        return ASSUMED;
    }

    private static List<double[]> quantilesPerStep(List<List<Double>> errors) {
        List<double[]> result = new ArrayList<>();
        for (List<Double> step : errors) {
            result.add(step.size() < MIN_ERRORS ? null : quantiles(step));
        }
        return result;
    }

    private static double[] quantiles(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return Arrays.stream(LEVELS).map(p -> quantile(sorted, p)).toArray();
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double scale(double expected) {
        return Math.sqrt(Math.max(expected, 1));
    }
}
