package io.smarttriage.standalone;

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
}
