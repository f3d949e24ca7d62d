package io.smarttriage.routing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Explains a best-match decision that fairness changed: who would have won without it. */
final class FairnessNote {
    private FairnessNote() {}

    /** Returns the sentence when the agent ranked first without fairness is not the chosen one. */
    static Optional<String> of(
            FairnessTerm fairness, double loadWeight, Assessment chosen, List<Assessment> ordered) {
        if (!fairness.active()) {
            return Optional.empty();
        }
        Assessment unfair = null;
        for (Assessment a : ordered) {
            if (!a.excluded() && (unfair == null || beats(a, unfair, loadWeight))) {
                unfair = a;
            }
        }
        if (unfair == null || unfair == chosen) {
            return Optional.empty();
        }
        return Optional.of(
                String.format(
                        Locale.ROOT,
                        "fairness: %s matched better but recently took %.1f times their share"
                                + " of capacity (this agent %.1f)",
                        unfair.key(),
                        fairness.ratio(unfair),
                        fairness.ratio(chosen)));
    }

    private static boolean beats(Assessment a, Assessment b, double loadWeight) {
        double diff = StrategyOrder.combined(a, loadWeight) - StrategyOrder.combined(b, loadWeight);
        return diff > 0 || (diff == 0 && a.key().compareTo(b.key()) < 0);
    }
}
