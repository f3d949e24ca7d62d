package io.smarttriage.standalone;

import java.util.List;

/**
 * One triaged test request for one field: the true value, the prediction and its confidence.
 *
 * @param truth value the request really had
 * @param predicted value the classifier predicted
 * @param confidence the classifier's confidence in {@code predicted}
 */
record Outcome(String truth, String predicted, double confidence) {

    boolean correct() {
        return truth.equals(predicted);
    }

    /** Returns the confidences of {@code outcomes}, in order. */
    static double[] confidences(List<Outcome> outcomes) {
        return outcomes.stream().mapToDouble(Outcome::confidence).toArray();
    }

    /** Returns whether each of {@code outcomes} was right, in order. */
    static boolean[] rights(List<Outcome> outcomes) {
        boolean[] rights = new boolean[outcomes.size()];
        for (int i = 0; i < rights.length; i++) {
            rights[i] = outcomes.get(i).correct();
        }
        return rights;
    }
}
