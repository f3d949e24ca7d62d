package io.smarttriage.model;

import java.util.List;

/**
 * Per-class shifts of the decision values that maximise macro-F1 on held-out rows: rare classes
 * that a linear machine under-predicts get a higher bias. Found by coordinate ascent over a grid.
 */
final class ClassOffsets {
    private static final int ROUNDS = 3;
    private static final double STEP = 0.02;
    private static final int STEPS = 40;

    private ClassOffsets() {}

    /**
     * Tunes the offsets.
     *
     * @param scores held-out decision values per row
     * @param labels true class per row
     * @param classes number of classes
     * @return one offset per class
     */
    static double[] tune(List<double[]> scores, int[] labels, int classes) {
        double[] offsets = new double[classes];
        double best = macroF1(scores, labels, offsets);
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < classes; k++) {
                double start = offsets[k];
                double bestOffset = start;
                for (int s = -STEPS; s <= STEPS; s++) {
                    offsets[k] = start + s * STEP;
                    double f1 = macroF1(scores, labels, offsets);
                    if (f1 > best + 1e-9) {
                        best = f1;
                        bestOffset = offsets[k];
                    }
                }
                offsets[k] = bestOffset;
            }
        }
        return offsets;
    }

    /** Returns the macro-F1 of predicting argmax(score + offset) for every row. */
    static double macroF1(List<double[]> scores, int[] labels, double[] offsets) {
        int classes = offsets.length;
        long[] truePositive = new long[classes];
        long[] predicted = new long[classes];
        long[] actual = new long[classes];
        for (int i = 0; i < labels.length; i++) {
            double[] s = scores.get(i);
            int best = 0;
            for (int k = 1; k < classes; k++) {
                best = s[k] + offsets[k] > s[best] + offsets[best] ? k : best;
            }
            predicted[best]++;
            actual[labels[i]]++;
            truePositive[best] += best == labels[i] ? 1 : 0;
        }
        double sum = 0;
        int counted = 0;
        for (int k = 0; k < classes; k++) {
            if (predicted[k] + actual[k] > 0) {
                sum += 2.0 * truePositive[k] / (predicted[k] + actual[k]);
                counted++;
            }
        }
        return counted == 0 ? 0 : sum / counted;
    }
}
