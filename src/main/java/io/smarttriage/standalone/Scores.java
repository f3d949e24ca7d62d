package io.smarttriage.standalone;

import io.smarttriage.eval.ConfusionMatrix;
import java.util.List;

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
        ConfusionMatrix matrix =
                ConfusionMatrix.of(
                        outcomes.stream().map(Outcome::truth).toList(),
                        outcomes.stream().map(Outcome::predicted).toList());
        boolean measured =
                urgency && outcomes.stream().anyMatch(o -> UrgentPriorities.isUrgent(o.truth()));
        Double urgentRecall =
                measured
                        ? matrix.recallOf(
                                matrix.labels().stream()
                                        .filter(UrgentPriorities::isUrgent)
                                        .toList())
                        : null;
        return new Scores(matrix.accuracy(), matrix.macroF1(), urgentRecall);
    }
}
