package io.smarttriage.standalone;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a reliability table: the predictions whose confidence fell in a range, and how often
 * they were right.
 *
 * @param from lower bound of the confidence range, inclusive
 * @param to upper bound, exclusive (inclusive for the last bin)
 * @param count number of predictions in the range
 * @param meanConfidence mean confidence of those predictions
 * @param accuracy share of them that were right
 */
record ReliabilityBin(double from, double to, int count, double meanConfidence, double accuracy) {

    /** Splits [0, 1] into {@code bins} equal ranges and tallies {@code outcomes} into them. */
    static List<ReliabilityBin> table(List<Outcome> outcomes, int bins) {
        int[] counts = new int[bins];
        int[] right = new int[bins];
        double[] confidence = new double[bins];
        for (Outcome outcome : outcomes) {
            int bin = Math.min(bins - 1, (int) Math.floor(outcome.confidence() * bins));
            counts[bin]++;
            confidence[bin] += outcome.confidence();
            right[bin] += outcome.correct() ? 1 : 0;
        }
        List<ReliabilityBin> table = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            int n = counts[b];
            table.add(
                    new ReliabilityBin(
                            (double) b / bins,
                            (double) (b + 1) / bins,
                            n,
                            n == 0 ? 0 : confidence[b] / n,
                            n == 0 ? 0 : (double) right[b] / n));
        }
        return table;
    }
}
