package io.smarttriage.governance;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.Explanation.Phrase;
import io.smarttriage.domain.TargetField;
import io.smarttriage.model.ConfidenceMap;
import io.smarttriage.routing.Candidate;
import io.smarttriage.routing.Decision;
import io.smarttriage.routing.Exclusion;
import io.smarttriage.routing.Outcome;
import io.smarttriage.routing.Strategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a routing decision into the assignee prediction the governance judges. Best match passes on
 * the chosen agent's expertise probability, calibrated on the profile's history, as confidence;
 * least loaded and round robin choose by rule, so their choice has confidence 1 and the field's
 * threshold does not hold them back. A request nobody can take becomes an abstention whose
 * explanation says why.
 */
final class RoutedPrediction {
    private RoutedPrediction() {}

    static FieldPrediction of(Decision decision, String modelVersion) {
        return of(decision, modelVersion, ConfidenceMap.IDENTITY);
    }

    /** As {@link #of(Decision, String)}, best match's probability mapped by {@code calibration}. */
    static FieldPrediction of(Decision decision, String modelVersion, ConfidenceMap calibration) {
        if (decision.outcome() == Outcome.UNASSIGNED || decision.agent() == null) {
            return new FieldPrediction(
                    TargetField.ASSIGNEE,
                    null,
                    0.0,
                    modelVersion,
                    Explanation.of(
                            Phrase.of("smarttriage.why.routing.unassigned")
                                    .with(decision.reasons().phrases())));
        }
        double confidence =
                decision.strategy() == Strategy.BEST_MATCH
                        ? calibration.apply(decision.confidence())
                        : 1.0;
        return new FieldPrediction(
                TargetField.ASSIGNEE,
                decision.agent(),
                Math.max(0.0, Math.min(1.0, confidence)),
                modelVersion,
                explanation(decision));
    }

    private static Explanation explanation(Decision decision) {
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        for (Candidate c : decision.alternatives()) {
            if (c.exclusion() != null) {
                excluded.merge(c.exclusion(), 1, Integer::sum);
            }
        }
        if (excluded.isEmpty()) {
            return decision.reasons();
        }
        List<Phrase> counts = new ArrayList<>();
        excluded.forEach((exclusion, n) -> counts.add(exclusion.counted(n)));
        return decision.reasons()
                .and(Phrase.of("smarttriage.why.routing.next-excluded").with(counts));
    }
}
