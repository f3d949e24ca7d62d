package io.smarttriage.model;

import io.smarttriage.domain.Explanation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One model's decision for one request.
 *
 * @param label the most likely value
 * @param confidence calibrated probability that {@code label} is right
 * @param abstained {@code true} when the confidence is below the model's threshold: show the
 *     suggestion, but do not act on it automatically
 * @param ranked the most likely values with their probabilities, best first (up to ten)
 * @param explanation the terms that pushed {@code label} most, strongest first (up to five)
 */
public record Prediction(
        String label,
        double confidence,
        boolean abstained,
        List<ScoredLabel> ranked,
        List<Contribution> explanation) {

    /** Copies the lists. */
    public Prediction {
        ranked = List.copyOf(ranked);
        explanation = List.copyOf(explanation);
    }

    /**
     * Returns the explanation agents see: the terms that weighed most, strongest first, or nothing
     * when no term pushed the value up.
     */
    public Explanation why() {
        if (explanation.isEmpty()) {
            return Explanation.NONE;
        }
        return Explanation.of(
                "smarttriage.why.model.terms",
                explanation.stream().map(Contribution::term).collect(Collectors.joining(", ")));
    }

    /**
     * A candidate value with its probability.
     *
     * @param label the value
     * @param probability calibrated probability
     */
    public record ScoredLabel(String label, double probability) {}

    /**
     * How much one term of the request pushed the chosen value.
     *
     * @param term the term (a word, a word pair or a tag such as {@code project:HIVE})
     * @param weight its contribution to the decision value: weight times TF-IDF value
     */
    public record Contribution(String term, double weight) {}
}
