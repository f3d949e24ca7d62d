package io.smarttriage.model;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Chooses the confidence below which a model abstains: the lowest threshold at which the held-out
 * decisions at or above it reach the target precision, with enough of them to trust.
 */
final class AbstainThreshold {
    /** A threshold above any probability: the model never acts. */
    static final double NEVER = Math.nextUp(1.0);

    private AbstainThreshold() {}

    /**
     * Picks the threshold.
     *
     * @param confidence held-out confidence per decision
     * @param correct whether each held-out decision was right
     * @param targetPrecision precision the acted-on decisions must reach
     * @param minActed fewest decisions that must be acted on for a threshold to count
     * @return the threshold, or {@link #NEVER} when no threshold reaches the target
     */
    static double choose(
            double[] confidence, boolean[] correct, double targetPrecision, int minActed) {
        Integer[] order = new Integer[confidence.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -confidence[i]));
        double threshold = NEVER;
        long right = 0;
        for (int n = 1; n <= order.length; n++) {
            right += correct[order[n - 1]] ? 1 : 0;
            boolean tieFollows =
                    n < order.length && confidence[order[n]] == confidence[order[n - 1]];
            if (!tieFollows && n >= minActed && right >= targetPrecision * n) {
                threshold = confidence[order[n - 1]];
            }
        }
        return threshold;
    }
}
