package io.smarttriage.standalone;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Headline scores of one classifier on one field's test requests.
 *
 * @param accuracy share of requests predicted right
 * @param macroF1 F1 averaged over the classes seen as truth or prediction
 * @param urgentRecall share of truly urgent requests predicted as urgent (any urgent class), or
 *     {@code null} when not measured
 */
record Scores(double accuracy, double macroF1, Double urgentRecall) {

    /** Scores {@code outcomes}; measures urgent recall only if {@code urgency} is set. */
    static Scores of(List<Outcome> outcomes, boolean urgency) {
        return new Scores(
                accuracy(outcomes), macroF1(outcomes), urgency ? urgentRecall(outcomes) : null);
    }

    static double accuracy(List<Outcome> outcomes) {
        return outcomes.isEmpty()
                ? 0
                : (double) outcomes.stream().filter(Outcome::correct).count() / outcomes.size();
    }

    static double macroF1(List<Outcome> outcomes) {
        Map<String, int[]> counts = new HashMap<>();
        TreeSet<String> classes = new TreeSet<>();
        for (Outcome outcome : outcomes) {
            classes.add(outcome.truth());
            classes.add(outcome.predicted());
            int[] truthCounts = counts.computeIfAbsent(outcome.truth(), k -> new int[3]);
            int[] predictedCounts = counts.computeIfAbsent(outcome.predicted(), k -> new int[3]);
            truthCounts[1]++;
            predictedCounts[2]++;
            if (outcome.correct()) {
                truthCounts[0]++;
            }
        }
        double sum = 0;
        for (String label : classes) {
            int[] c = counts.get(label);
            sum += c[1] + c[2] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
        }
        return classes.isEmpty() ? 0 : sum / classes.size();
    }

    private static Double urgentRecall(List<Outcome> outcomes) {
        List<Outcome> urgent =
                outcomes.stream().filter(o -> UrgentPriorities.isUrgent(o.truth())).toList();
        if (urgent.isEmpty()) {
            return null;
        }
        long hits = urgent.stream().filter(o -> UrgentPriorities.isUrgent(o.predicted())).count();
        return (double) hits / urgent.size();
    }
}
