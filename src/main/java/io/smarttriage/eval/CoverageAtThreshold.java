package io.smarttriage.eval;

/**
 * What an abstaining model does at one confidence threshold: the share of requests it acts on
 * (confidence at or above the threshold) and how often it is right on those.
 *
 * @param threshold the confidence threshold
 * @param coverage share of decisions at or above the threshold
 * @param precision share of those decisions that were right; 0 when none qualify
 * @param acted number of decisions at or above the threshold
 */
public record CoverageAtThreshold(double threshold, double coverage, double precision, long acted) {

    /**
     * Measures coverage and precision.
     *
     * @param confidence stated confidence per decision, in [0, 1]
     * @param correct whether each decision was right
     * @param threshold act when confidence is at least this
     * @return the figures at {@code threshold}
     */
    public static CoverageAtThreshold of(double[] confidence, boolean[] correct, double threshold) {
        Outcomes.check(confidence, correct);
        long acted = 0;
        long right = 0;
        for (int i = 0; i < confidence.length; i++) {
            if (confidence[i] >= threshold) {
                acted++;
                right += correct[i] ? 1 : 0;
            }
        }
        double coverage = confidence.length == 0 ? 0 : (double) acted / confidence.length;
        return new CoverageAtThreshold(
                threshold, coverage, acted == 0 ? 0 : (double) right / acted, acted);
    }
}
