package io.smarttriage.routing;

import io.smarttriage.domain.Explanation.Phrase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Explains a best-match decision that fairness changed: who would have won without it. */
final class FairnessNote {
    private FairnessNote() {}

    /** Returns the phrase when the agent ranked first without fairness is not the chosen one. */
    static Optional<Phrase> of(
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
                Phrase.of(
                        "smarttriage.why.routing.fairness",
                        unfair.key(),
                        String.format(Locale.ROOT, "%.1f", fairness.ratio(unfair)),
                        String.format(Locale.ROOT, "%.1f", fairness.ratio(chosen))));
    }

    private static boolean beats(Assessment a, Assessment b, double loadWeight) {
        double diff = StrategyOrder.combined(a, loadWeight) - StrategyOrder.combined(b, loadWeight);
        return diff > 0 || (diff == 0 && a.key().compareTo(b.key()) < 0);
    }
}
