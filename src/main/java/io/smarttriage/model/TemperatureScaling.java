package io.smarttriage.model;

import java.util.List;

/**
 * Multi-class Platt scaling with one parameter: probabilities are the softmax of decision values
 * times a scale, chosen to maximise the likelihood of held-out labels.
 */
final class TemperatureScaling {
    private static final double LOW = Math.log(0.05);
    private static final double HIGH = Math.log(200);
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private TemperatureScaling() {}

    /**
     * Fits the scale on held-out decision values by golden-section search over its logarithm.
     *
     * @param scores decision values per row (non-candidates at negative infinity)
     * @param labels true class index per row
     * @return the scale
     */
    static double fit(List<double[]> scores, int[] labels) {
        double a = LOW;
        double b = HIGH;
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        for (int step = 0; step < 60; step++) {
            if (logLoss(scores, labels, Math.exp(c)) < logLoss(scores, labels, Math.exp(d))) {
                b = d;
            } else {
                a = c;
            }
            c = b - GOLDEN * (b - a);
            d = a + GOLDEN * (b - a);
        }
        return Math.exp((a + b) / 2);
    }

    private static double logLoss(List<double[]> scores, int[] labels, double scale) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double p = Softmax.of(scores.get(i), scale)[labels[i]];
            sum -= Math.log(Math.max(p, 1e-15));
        }
        return sum;
    }
}
