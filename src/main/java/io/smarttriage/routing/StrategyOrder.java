package io.smarttriage.routing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The order in which a strategy prefers agents; the first agent not excluded is chosen. */
final class StrategyOrder {
    private static final double NO_EXPERTISE = -1e6;

    private StrategyOrder() {}

    /**
     * Returns the preference order of {@code settings.strategy()}; ties break by user key. Round
     * robin prefers the agent after {@code lastGiven} in {@code rotation}, wrapping around, and
     * starts at the head of the rotation when {@code lastGiven} is {@code null} or not in it.
     */
    static Comparator<Assessment> of(
            DeskSettings settings, List<String> rotation, String lastGiven, FairnessTerm fairness) {
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
                    case ROUND_ROBIN -> turnsAfter(rotation, lastGiven);
                };
        return order.thenComparing(Assessment::key);
    }

    private static Comparator<Assessment> turnsAfter(List<String> rotation, String lastGiven) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < rotation.size(); i++) {
            positions.put(rotation.get(i), i);
        }
        int last = lastGiven == null ? -1 : positions.getOrDefault(lastGiven, -1);
        int size = Math.max(1, rotation.size());
        return Comparator.comparingInt(
                (Assessment a) -> {
                    Integer position = positions.get(a.key());
                    return position == null ? size : Math.floorMod(position - last - 1, size);
                });
    }

    /** Returns the best-match score: log expertise probability minus the weighted load share. */
    static double combined(Assessment a, double loadWeight) {
        double expertise = a.probability() > 0 ? Math.log(a.probability()) : NO_EXPERTISE;
        return expertise - loadWeight * a.utilisation();
    }
}
