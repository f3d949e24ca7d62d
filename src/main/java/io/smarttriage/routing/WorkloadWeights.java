package io.smarttriage.routing;

import java.time.Instant;
import java.util.Map;

/**
 * How much one open request weighs on its agent, by priority and by age.
 *
 * <p>Weight = priority weight x min(maxAgeFactor, 1 + agePerDay x days open).
 *
 * @param byPriority weight per priority name; names are matched exactly
 * @param otherPriority weight of a priority not in the map, or of none
 * @param agePerDay growth of the weight per day the request has been open, at least 0
 * @param maxAgeFactor the cap of the age factor, at least 1
 */
public record WorkloadWeights(
        Map<String, Double> byPriority,
        double otherPriority,
        double agePerDay,
        double maxAgeFactor) {

    /** Checks the ranges and copies the map. */
    public WorkloadWeights {
        byPriority = Map.copyOf(byPriority);
        if (agePerDay < 0 || maxAgeFactor < 1 || !(otherPriority > 0)) {
            throw new IllegalArgumentException(
                    "workload weights: agePerDay must be >= 0 (was "
                            + agePerDay
                            + "), maxAgeFactor >= 1 (was "
                            + maxAgeFactor
                            + ") and otherPriority > 0 (was "
                            + otherPriority
                            + ")");
        }
    }

    /** Returns weights for Jira's default priority names, growing 2% a day up to double. */
    public static WorkloadWeights defaults() {
        return new WorkloadWeights(
                Map.of(
                        "Blocker",
                        3.0,
                        "Highest",
                        3.0,
                        "Critical",
                        2.0,
                        "High",
                        2.0,
                        "Major",
                        1.0,
                        "Medium",
                        1.0,
                        "Minor",
                        0.75,
                        "Low",
                        0.75,
                        "Trivial",
                        0.5,
                        "Lowest",
                        0.5),
                1.0,
                0.02,
                2.0);
    }

    /** Returns weights where every open request counts 1, whatever its priority or age. */
    public static WorkloadWeights flat() {
        return new WorkloadWeights(Map.of(), 1.0, 0.0, 1.0);
    }

    /** Returns the weight of a request of this priority opened at {@code opened}. */
    public double weigh(String priority, Instant opened, Instant now) {
        double base =
                priority == null ? otherPriority : byPriority.getOrDefault(priority, otherPriority);
        if (agePerDay == 0) {
            return base;
        }
        double days = Math.max(0, (now.getEpochSecond() - opened.getEpochSecond()) / 86_400.0);
        return base * Math.min(maxAgeFactor, 1 + agePerDay * days);
    }
}
