package io.smarttriage.model;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Isotonic calibration of the top-label confidence: a non-decreasing step function from the softmax
 * probability of the chosen class to the share of such decisions that were right on held-out rows,
 * fitted by pooling adjacent violators. Below the lowest held-out confidence there is no evidence,
 * so the raw probability is kept unless the lowest block is lower. Also used for the assignee's
 * confidence, from the router's expertise probabilities.
 */
public final class ConfidenceMap {
    /** The map that keeps every raw probability as it is. */
    public static final ConfidenceMap IDENTITY = new ConfidenceMap(0, new double[0], new double[0]);

    private final double lowest;
    private final double[] upper;
    private final double[] value;

    ConfidenceMap(double lowest, double[] upper, double[] value) {
        this.lowest = lowest;
        this.upper = upper;
        this.value = value;
    }

    /**
     * Returns a map read back from its parts, as {@link #lowest()}, {@link #upper()} and {@link
     * #value()} gave them; fails naming the rule when they cannot be one.
     */
    public static ConfidenceMap of(double lowest, double[] upper, double[] value) {
        if (upper.length != value.length) {
            throw new IllegalArgumentException(
                    "confidence map: "
                            + upper.length
                            + " block bounds but "
                            + value.length
                            + " values; they must be as many");
        }
        for (int b = 1; b < upper.length; b++) {
            if (upper[b] < upper[b - 1] || value[b] < value[b - 1]) {
                throw new IllegalArgumentException(
                        "confidence map: block " + b + " must not be below block " + (b - 1));
            }
        }
        return new ConfidenceMap(lowest, upper.clone(), value.clone());
    }

    /** Fits the map on held-out confidences and whether each decision was right. */
    public static ConfidenceMap fit(double[] confidence, boolean[] correct) {
        Integer[] order = new Integer[confidence.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> confidence[i]));
        double[] sum = new double[order.length];
        double[] weight = new double[order.length];
        double[] top = new double[order.length];
        int blocks = 0;
        for (Integer i : order) {
            sum[blocks] = correct[i] ? 1 : 0;
            weight[blocks] = 1;
            top[blocks] = confidence[i];
            blocks++;
            while (blocks > 1
                    && sum[blocks - 2] / weight[blocks - 2]
                            >= sum[blocks - 1] / weight[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                weight[blocks - 2] += weight[blocks - 1];
                top[blocks - 2] = top[blocks - 1];
                blocks--;
            }
        }
        double[] value = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            value[b] = sum[b] / weight[b];
        }
        double lowest = order.length == 0 ? 0 : confidence[order[0]];
        return new ConfidenceMap(lowest, Arrays.copyOf(top, blocks), value);
    }

    /** Returns the calibrated confidence of a raw top-label probability. */
    public double apply(double raw) {
        if (upper.length == 0) {
            return raw;
        }
        if (raw < lowest) {
            return Math.min(raw, value[0]);
        }
        int b = Arrays.binarySearch(upper, raw);
        int block = b >= 0 ? b : Math.min(-b - 1, upper.length - 1);
        return value[block];
    }

    /** Returns the lowest held-out confidence the map was fitted on. */
    public double lowest() {
        return lowest;
    }

    /** Returns the upper bound of each block, ascending; the caller must not change it. */
    public double[] upper() {
        return upper;
    }

    /**
     * Returns the calibrated confidence of each block, ascending; the caller must not change it.
     */
    public double[] value() {
        return value;
    }
}
