package io.smarttriage.standalone;

import io.smarttriage.eval.ReliabilityTable;
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

    /**
     * Splits [0, 1] into {@code bins} equal ranges, tallies {@code outcomes} into them and returns
     * the non-empty ones.
     */
    static List<ReliabilityBin> table(List<Outcome> outcomes, int bins) {
        ReliabilityTable table =
                ReliabilityTable.of(Outcome.confidences(outcomes), Outcome.rights(outcomes), bins);
        return table.bins().stream()
                .map(
                        b ->
                                new ReliabilityBin(
                                        b.lower(),
                                        b.upper(),
                                        (int) b.count(),
                                        b.meanConfidence(),
                                        b.accuracy()))
                .toList();
    }
}
