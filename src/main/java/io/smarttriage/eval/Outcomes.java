package io.smarttriage.eval;

/** Shared argument checks for per-decision confidence and correctness arrays. */
final class Outcomes {
    private Outcomes() {}

    static void check(double[] confidence, boolean[] correct) {
        if (confidence.length != correct.length) {
            throw new IllegalArgumentException(
                    "confidence has "
                            + confidence.length
                            + " values but correct has "
                            + correct.length
                            + "; they must pair up");
        }
        for (int i = 0; i < confidence.length; i++) {
            if (!(confidence[i] >= 0 && confidence[i] <= 1)) {
                throw new IllegalArgumentException(
                        "confidence[" + i + "] = " + confidence[i] + " is not in [0, 1]");
            }
        }
    }
}
