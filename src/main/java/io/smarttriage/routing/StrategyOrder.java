package io.smarttriage.routing;

import java.util.Comparator;

/** The order in which a strategy prefers agents; the first agent not excluded is chosen. */
final class StrategyOrder {
    private static final double NO_EXPERTISE = -1e6;

    private StrategyOrder() {}

    /** Returns the preference order of {@code settings.strategy()}; ties break by user key. */
    static Comparator<Assessment> of(
            DeskSettings settings, String lastChosen, FairnessTerm fairness) {
        Comparator<Assessment> order =
                switch (settings.strategy()) {
                    case BEST_MATCH ->
                            Comparator.comparingDouble(
                                    (Assessment a) ->
                                            fairness.penalty(a)
                                                    - combined(a, settings.loadWeight()));
                    case LEAST_LOADED ->
                            Comparator.comparingDouble(Assessment::utilisation)
                                    .thenComparing(
                                            Comparator.comparingDouble(Assessment::probability)
                                                    .reversed());
                    case ROUND_ROBIN ->
                            Comparator.comparingInt(
                                    (Assessment a) ->
                                            lastChosen != null && a.key().compareTo(lastChosen) <= 0
                                                    ? 1
                                                    : 0);
                };
        return order.thenComparing(Assessment::key);
    }

    /** Returns the best-match score: log expertise probability minus the weighted load share. */
    static double combined(Assessment a, double loadWeight) {
        double expertise = a.probability() > 0 ? Math.log(a.probability()) : NO_EXPERTISE;
        return expertise - loadWeight * a.utilisation();
    }
}
