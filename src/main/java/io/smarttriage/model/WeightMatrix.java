package io.smarttriage.model;

import java.util.Arrays;

/**
 * Linear weights of all classes, stored by feature: for each feature the classes with a non-zero
 * weight and those weights, so scoring a sparse request touches only its features. Weights are
 * single precision; a model scores from exactly the values it stores.
 */
final class WeightMatrix {
    final int classes;
    final int[] start;
    final int[] classOf;
    final float[] weight;
    final float[] bias;

    WeightMatrix(int classes, int[] start, int[] classOf, float[] weight, float[] bias) {
        this.classes = classes;
        this.start = start;
        this.classOf = classOf;
        this.weight = weight;
        this.bias = bias;
    }

    /**
     * Packs per-class dense weights (bias last), dropping weights whose magnitude is below {@code
     * pruneBelow}.
     */
    static WeightMatrix pack(double[][] perClass, double pruneBelow) {
        int classes = perClass.length;
        int features = perClass[0].length - 1;
        int[] start = new int[features + 1];
        for (int j = 0; j < features; j++) {
            int kept = 0;
            for (double[] w : perClass) {
                kept += keep(w[j], pruneBelow) ? 1 : 0;
            }
            start[j + 1] = start[j] + kept;
        }
        int[] classOf = new int[start[features]];
        float[] weight = new float[start[features]];
        for (int j = 0; j < features; j++) {
            int p = start[j];
            for (int k = 0; k < classes; k++) {
                if (keep(perClass[k][j], pruneBelow)) {
                    classOf[p] = k;
                    weight[p++] = (float) perClass[k][j];
                }
            }
        }
        float[] bias = new float[classes];
        for (int k = 0; k < classes; k++) {
            bias[k] = (float) perClass[k][features];
        }
        return new WeightMatrix(classes, start, classOf, weight, bias);
    }

    private static boolean keep(double w, double pruneBelow) {
        return w != 0 && Math.abs(w) >= pruneBelow;
    }

    /** Adds {@code offsets[k]} to the bias of each class k. */
    void shiftBias(double[] offsets) {
        for (int k = 0; k < classes; k++) {
            bias[k] = (float) (bias[k] + offsets[k]);
        }
    }

    int features() {
        return start.length - 1;
    }

    /** Returns the decision value of every class for {@code x}. */
    double[] scores(SparseVector x) {
        double[] scores = new double[classes];
        for (int k = 0; k < classes; k++) {
            scores[k] = bias[k];
        }
        for (int i = 0; i < x.size(); i++) {
            int j = x.indices()[i];
            double v = x.values()[i];
            for (int p = start[j]; p < start[j + 1]; p++) {
                scores[classOf[p]] += weight[p] * v;
            }
        }
        return scores;
    }

    /** Returns the weight of {@code feature} for class {@code k}, 0 when not stored. */
    double weight(int feature, int k) {
        for (int p = start[feature]; p < start[feature + 1]; p++) {
            if (classOf[p] == k) {
                return weight[p];
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeightMatrix m
                && classes == m.classes
                && Arrays.equals(start, m.start)
                && Arrays.equals(classOf, m.classOf)
                && Arrays.equals(weight, m.weight)
                && Arrays.equals(bias, m.bias);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weight) * 31 + Arrays.hashCode(bias);
    }
}
