package io.smarttriage.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each agent's decayed count of the requests the app recently gave them, so that older decisions
 * weigh less; the weight of a decision halves after {@code halfLife} later decisions.
 */
final class RecentShares {
    private static final double REBASE_AT = 1e100;
    private final double growth;
    private final Map<String, Double> counts = new HashMap<>();
    private double scale = 1;
    private double total;

    RecentShares(int halfLife) {
        if (halfLife < 1) {
            throw new IllegalArgumentException(
                    "fairness half-life: must be >= 1 decision (was " + halfLife + ")");
        }
        this.growth = Math.pow(2, 1.0 / halfLife);
    }

    /**
     * Returns the shares of the requests given to {@code newestFirst}'s agents, the first being the
     * latest.
     */
    static RecentShares of(int halfLife, List<String> newestFirst) {
        RecentShares shares = new RecentShares(halfLife);
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            shares.record(newestFirst.get(i));
        }
        return shares;
    }

    /** Counts one request given to {@code agent}; earlier ones decay by one step. */
    synchronized void record(String agent) {
        scale *= growth;
        counts.merge(agent, scale, Double::sum);
        total += scale;
        if (scale > REBASE_AT) {
            counts.replaceAll((key, value) -> value / scale);
            total /= scale;
            scale = 1;
        }
    }

    /** Returns a snapshot of all decayed counts as fractions of the total (empty if none). */
    synchronized Map<String, Double> shares() {
        Map<String, Double> shares = new HashMap<>();
        if (total > 0) {
            counts.forEach((agent, count) -> shares.put(agent, count / total));
        }
        return shares;
    }

    /** Returns the decayed total, in units of the most recent decision. */
    synchronized double total() {
        return total / scale;
    }
}
