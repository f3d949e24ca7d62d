package io.smarttriage.routing;

import java.util.Arrays;

/** The agents who resolved work with one feature, and their stored (decay-weighted) counts. */
final class Postings {
    private int[] agents = new int[4];
    private double[] counts = new double[4];
    private double deskCount;
    private int size;

    /** Adds {@code weight} to the agent's count and to the desk's. */
    void add(int agent, double weight) {
        deskCount += weight;
        for (int i = size - 1; i >= 0; i--) {
            if (agents[i] == agent) {
                counts[i] += weight;
                return;
            }
        }
        if (size == agents.length) {
            agents = Arrays.copyOf(agents, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        agents[size] = agent;
        counts[size++] = weight;
    }

    /** Returns the agent's stored count, 0 if the agent never had the feature. */
    double countOf(int agent) {
        for (int i = 0; i < size; i++) {
            if (agents[i] == agent) {
                return counts[i];
            }
        }
        return 0;
    }

    int size() {
        return size;
    }

    int agentAt(int i) {
        return agents[i];
    }

    double countAt(int i) {
        return counts[i];
    }

    double deskCount() {
        return deskCount;
    }

    /** Sets the desk's count as read back from a stored model, after the agents' counts. */
    void restoreDeskCount(double value) {
        deskCount = value;
    }

    void scale(double factor) {
        for (int i = 0; i < size; i++) {
            counts[i] *= factor;
        }
        deskCount *= factor;
    }
}
