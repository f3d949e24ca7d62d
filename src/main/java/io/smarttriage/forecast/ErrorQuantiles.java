package io.smarttriage.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quantiles of past h-step-ahead forecast errors per horizon step, in units of the square root of
 * the forecast (counts vary roughly like Poisson noise), used to draw prediction intervals.
 *
 * <p>When the error window is long enough, the quantiles come from its older origins and the most
 * recent {@link #CALIBRATION_DAYS} origins calibrate them conformally: each band is widened (or
 * narrowed) by the margin that makes it hold the nominal share of those recent errors, pooled over
 * all steps. This corrects bands whose errors have drifted since the older origins.
 */
final class ErrorQuantiles {

    /** Probabilities of the quantiles kept: 2.5%, 10%, 90%, 97.5%. */
    static final double[] LEVELS = {0.025, 0.10, 0.90, 0.975};

    /** Fewest errors a horizon step needs before its own quantiles are used. */
    static final int MIN_ERRORS = 20;

    /** Most recent origins whose errors calibrate the bands instead of setting the quantiles. */
    static final int CALIBRATION_DAYS = 91;

    /** Fewest calibration errors needed to calibrate; with fewer the bands are not adjusted. */
    static final int MIN_CALIBRATION_ERRORS = 100;

    /** Nominal coverage of the 80% and 95% bands. */
    private static final double[] COVERAGE = {0.80, 0.95};

    /** Quantiles of an overdispersed Poisson (sd = 1.5 sqrt(mean)) when errors are too few. */
    private static final double[] ASSUMED = {-1.96 * 1.5, -1.2816 * 1.5, 1.2816 * 1.5, 1.96 * 1.5};

    private final List<double[]> perStep;
    private final double[] margins;

    private ErrorQuantiles(List<double[]> perStep, double[] margins) {
        this.perStep = perStep;
        this.margins = margins;
    }

    /**
     * Measures errors of forecasts made from each origin in {@code [firstOrigin, y.length)}.
     *
     * @param model fitted model; its parameters should not have been chosen on these origins
     * @param y observed counts
     * @param skip days whose errors are left out (holidays)
     * @param firstOrigin first origin to forecast from
     * @param horizon number of steps
     */
    static ErrorQuantiles measure(
            FittedModel model, double[] y, boolean[] skip, int firstOrigin, int horizon) {
        int calibrationStart = Math.max(firstOrigin, y.length - CALIBRATION_DAYS);
        List<List<Double>> older = errors(model, y, skip, firstOrigin, calibrationStart, horizon);
        List<List<Double>> recent = errors(model, y, skip, calibrationStart, y.length, horizon);
        List<double[]> perStep = quantilesPerStep(older);
        int recentCount = recent.stream().mapToInt(List::size).sum();
        if (perStep.contains(null) || recentCount < MIN_CALIBRATION_ERRORS) {
            List<List<Double>> all = errors(model, y, skip, firstOrigin, y.length, horizon);
            return new ErrorQuantiles(quantilesPerStep(all), new double[2]);
        }
        return new ErrorQuantiles(perStep, margins(perStep, recent));
    }

    /** Returns whether every step up to {@code horizon} had its own measured errors. */
    boolean measured(int horizon) {
        return perStep.size() >= horizon && perStep.get(horizon - 1) != null;
    }

    /** Returns the interval for a forecast of {@code expected} at step {@code k} (0-based). */
    Interval interval(double expected, int k, boolean wide) {
        double[] q = quantilesAt(k);
        double margin = margins[wide ? 1 : 0];
        double lower = expected + (q[wide ? 0 : 1] - margin) * scale(expected);
        double upper = expected + (q[wide ? 3 : 2] + margin) * scale(expected);
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

    /** Scaled errors per step of forecasts from origins in {@code [from, to)}. */
    private static List<List<Double>> errors(
            FittedModel model, double[] y, boolean[] skip, int from, int to, int horizon) {
        List<List<Double>> errors = new ArrayList<>();
        for (int k = 0; k < horizon; k++) {
            errors.add(new ArrayList<>());
        }
        for (int origin = Math.max(1, from); origin < to; origin++) {
            int steps = Math.min(horizon, y.length - origin);
            double[] forecast = model.forecastFrom(origin, steps);
            for (int k = 0; k < steps; k++) {
                if (!skip[origin + k]) {
                    errors.get(k).add((y[origin + k] - forecast[k]) / scale(forecast[k]));
                }
            }
        }
        return errors;
    }

    /**
     * Split-conformal margins: for each band, the finite-sample corrected quantile of how far
     * recent errors fall outside the band of their step (negative when inside).
     */
    private static double[] margins(List<double[]> perStep, List<List<Double>> recent) {
        double[] margins = new double[COVERAGE.length];
        for (int band = 0; band < COVERAGE.length; band++) {
            List<Double> scores = new ArrayList<>();
            for (int k = 0; k < recent.size(); k++) {
                double lower = perStep.get(k)[band == 0 ? 1 : 0];
                double upper = perStep.get(k)[band == 0 ? 2 : 3];
                for (double error : recent.get(k)) {
                    scores.add(Math.max(lower - error, error - upper));
                }
            }
            double level = Math.min(1, COVERAGE[band] * (1 + 1.0 / scores.size()));
            margins[band] = quantile(sorted(scores), level);
        }
        return margins;
    }

    private static List<double[]> quantilesPerStep(List<List<Double>> errors) {
        List<double[]> result = new ArrayList<>();
        for (List<Double> step : errors) {
            result.add(step.size() < MIN_ERRORS ? null : quantiles(step));
        }
        return result;
    }

    private static double[] quantiles(List<Double> values) {
        double[] sorted = sorted(values);
        return Arrays.stream(LEVELS).map(p -> quantile(sorted, p)).toArray();
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
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
