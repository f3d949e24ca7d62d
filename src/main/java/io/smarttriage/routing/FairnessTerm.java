package io.smarttriage.routing;

import java.util.List;
import java.util.Map;

/**
 * The best-match penalty for agents who recently took more than their part of the desk's work:
 * weight x ln(recent share / capacity share). Agents below their part get a bonus, at most that of
 * half their part, so that idle agents do not draw work they do not match. Capacity shares are over
 * the agents who could take this request. A prior of {@link #PRIOR} decisions spread in proportion
 * to capacity keeps the first decisions of a desk from swinging the shares.
 */
final class FairnessTerm {
    static final double PRIOR = 10;
    private static final double MIN_RATIO = 0.5;
    private static final FairnessTerm NONE = new FairnessTerm(0, Map.of(), 0, 0);
    private final double weight;
    private final Map<String, Double> shares;
    private final double recentTotal;
    private final double capacity;

    private FairnessTerm(
            double weight, Map<String, Double> shares, double recentTotal, double capacity) {
        this.weight = weight;
        this.shares = shares;
        this.recentTotal = recentTotal;
        this.capacity = capacity;
    }

    /** Returns the term for one decision over the screened assessments. */
    static FairnessTerm of(double weight, RecentShares recent, List<Assessment> screened) {
        if (weight == 0) {
            return NONE;
        }
        double capacity = 0;
        for (Assessment a : screened) {
            capacity += a.excluded() ? 0 : a.agent().capacity();
        }
        return new FairnessTerm(weight, recent.shares(), recent.total(), capacity);
    }

    /** Returns whether the term can change a decision. */
    boolean active() {
        return weight > 0;
    }

    /** Returns recent share / capacity share of the agent (1 when fair, smoothed by the prior). */
    double ratio(Assessment a) {
        if (capacity <= 0) {
            return 1;
        }
        double capacityShare = a.agent().capacity() / capacity;
        double share = shares.getOrDefault(a.key(), 0.0);
        double smoothed = (share * recentTotal + PRIOR * capacityShare) / (recentTotal + PRIOR);
        return smoothed / capacityShare;
    }

    /** Returns the penalty in log units: above 0 over the capacity share, below 0 under it. */
    double penalty(Assessment a) {
        if (weight == 0 || a.excluded()) {
            return 0;
        }
        return weight * Math.log(Math.max(MIN_RATIO, ratio(a)));
    }
}
