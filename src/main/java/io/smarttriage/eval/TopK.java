package io.smarttriage.eval;

import java.util.List;

/** Top-k hit rate: how often the true label is among the first k ranked suggestions. */
public final class TopK {
    private TopK() {}

    /**
     * Returns the share of rows whose true label is among the first {@code k} of its ranking.
     *
     * @param truth true labels
     * @param ranked per row, labels from most to least likely
     * @param k how many suggestions count, at least 1
     * @return the hit rate in [0, 1]; 0 when there are no rows
     */
    public static double hitRate(List<String> truth, List<List<String>> ranked, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (truth.size() != ranked.size()) {
            throw new IllegalArgumentException(
                    "truth has "
                            + truth.size()
                            + " rows but ranked has "
                            + ranked.size()
                            + "; they must pair up");
        }
        long hits = 0;
        for (int i = 0; i < truth.size(); i++) {
            List<String> row = ranked.get(i);
            if (row.subList(0, Math.min(k, row.size())).contains(truth.get(i))) {
                hits++;
            }
        }
        return truth.isEmpty() ? 0 : (double) hits / truth.size();
    }
}
