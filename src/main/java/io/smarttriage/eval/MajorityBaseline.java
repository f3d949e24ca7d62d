package io.smarttriage.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The baseline every model must beat: always predict the most frequent training label. */
public final class MajorityBaseline {
    private MajorityBaseline() {}

    /**
     * Returns the most frequent label; ties go to the alphabetically first.
     *
     * @param trainingLabels labels of the training rows, not empty
     * @return the majority label
     */
    public static String label(List<String> trainingLabels) {
        if (trainingLabels.isEmpty()) {
            throw new IllegalArgumentException("trainingLabels must not be empty");
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (String label : trainingLabels) {
            counts.merge(label, 1, Integer::sum);
        }
        int max = Collections.max(counts.values());
        return counts.entrySet().stream()
                .filter(e -> e.getValue() == max)
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    /** Returns the confusion matrix of always predicting the training majority on the test rows. */
    public static ConfusionMatrix evaluate(List<String> trainingLabels, List<String> testLabels) {
        String majority = label(trainingLabels);
        return ConfusionMatrix.of(testLabels, Collections.nCopies(testLabels.size(), majority));
    }
}
