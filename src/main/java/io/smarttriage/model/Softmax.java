package io.smarttriage.model;

/** Turns decision values into probabilities: softmax with a scale (inverse temperature). */
final class Softmax {
    private Softmax() {}

    /** Returns {@code exp(scale * s_k) / sum_j exp(scale * s_j)} for each k. */
    static double[] of(double[] scores, double scale) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            p[k] = Math.exp(scale * (scores[k] - max));
            sum += p[k];
        }
        for (int k = 0; k < scores.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
