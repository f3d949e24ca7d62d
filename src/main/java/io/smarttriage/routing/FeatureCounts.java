package io.smarttriage.routing;

import java.util.HashMap;
import java.util.Map;

/** Stored (decay-weighted) counts of the features of one agent's work, or of the whole desk. */
final class FeatureCounts {
    private final Map<String, double[]> counts = new HashMap<>();
    private double total;
    private int events;

    /** Adds one piece of work carrying the given feature keys. */
    void add(Iterable<String> keys, double weight) {
        for (String key : keys) {
            counts.computeIfAbsent(key, k -> new double[1])[0] += weight;
        }
        total += weight;
        events++;
    }

    /** Returns the stored count of one feature. */
    double count(String key) {
        double[] holder = counts.get(key);
        return holder == null ? 0 : holder[0];
    }

    /** Returns the stored count of all work. */
    double total() {
        return total;
    }

    /** Returns how many pieces of work were added, undecayed. */
    int events() {
        return events;
    }

    /** Multiplies every stored count by {@code factor}. */
    void scale(double factor) {
        for (double[] holder : counts.values()) {
            holder[0] *= factor;
        }
        total *= factor;
    }
}
