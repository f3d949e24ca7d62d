package io.smarttriage.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration check: decisions grouped into equal-width confidence bins, each with its mean
 * confidence and the share that was right. A calibrated model has the two close in every bin.
 *
 * @param bins the non-empty bins from low to high confidence
 */
public record ReliabilityTable(List<Bin> bins) {

    /**
     * One confidence bin.
     *
     * @param lower inclusive lower edge
     * @param upper exclusive upper edge (inclusive for the last bin)
     * @param count decisions in the bin
     * @param meanConfidence mean stated confidence
     * @param accuracy share of decisions that were right
     */
    public record Bin(
            double lower, double upper, long count, double meanConfidence, double accuracy) {}

    /**
     * Builds the table.
     *
     * @param confidence stated confidence per decision, in [0, 1]
     * @param correct whether each decision was right
     * @param binCount number of equal-width bins over [0, 1]
     * @return the table with empty bins left out
     */
    public static ReliabilityTable of(double[] confidence, boolean[] correct, int binCount) {
        Outcomes.check(confidence, correct);
        if (binCount < 1) {
            throw new IllegalArgumentException("binCount must be at least 1, was " + binCount);
        }
        long[] counts = new long[binCount];
        double[] confSums = new double[binCount];
        long[] rights = new long[binCount];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(binCount - 1, (int) Math.floor(confidence[i] * binCount));
            counts[b]++;
            confSums[b] += confidence[i];
            rights[b] += correct[i] ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < binCount; b++) {
            if (counts[b] > 0) {
                bins.add(
                        new Bin(
                                (double) b / binCount,
                                (double) (b + 1) / binCount,
                                counts[b],
                                confSums[b] / counts[b],
                                (double) rights[b] / counts[b]));
            }
        }
        return new ReliabilityTable(List.copyOf(bins));
    }

    /** Returns the expected calibration error: count-weighted mean |confidence - accuracy|. */
    public double expectedCalibrationError() {
        long total = bins.stream().mapToLong(Bin::count).sum();
        double sum = 0;
        for (Bin bin : bins) {
            sum += bin.count() * Math.abs(bin.meanConfidence() - bin.accuracy());
        }
        return total == 0 ? 0 : sum / total;
    }
}
