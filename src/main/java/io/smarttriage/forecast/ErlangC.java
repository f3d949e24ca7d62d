package io.smarttriage.forecast;

/**
 * The Erlang C queueing model (M/M/N): requests arrive at random, wait in one queue and are handled
 * by {@code N} identical agents.
 *
 * <p>With offered load {@code A = arrival rate x handling time} (in Erlangs), the probability that
 * a request has to wait is {@code C(N, A)}, computed through the stable Erlang B recursion {@code
 * B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1))} and {@code C = N B / (N - A (1 - B))}. The service
 * level, the share answered within {@code t}, is {@code 1 - C e^{-(N - A) t / h}} for handling time
 * {@code h}.
 */
public final class ErlangC {

    private ErlangC() {}

    /**
     * Returns the probability that a request waits, or 1 when the agents cannot keep up ({@code
     * agents <= load}).
     */
    public static double waitProbability(int agents, double load) {
        checkLoad(load);
        if (agents <= load) {
            return 1.0;
        }
        double blocking = 1.0;
        for (int k = 1; k <= agents; k++) {
            blocking = load * blocking / (k + load * blocking);
        }
        return agents * blocking / (agents - load * (1 - blocking));
    }

    /**
     * Returns the share of requests answered within {@code waitLimit}.
     *
     * @param agents agents on duty
     * @param load offered load in Erlangs
     * @param waitLimit the answer-time target, in the unit of {@code handlingTime}
     * @param handlingTime mean handling time, positive
     */
    public static double serviceLevel(
            int agents, double load, double waitLimit, double handlingTime) {
        if (agents <= load) {
            return 0.0;
        }
        double waiting = waitProbability(agents, load);
        return 1 - waiting * Math.exp(-(agents - load) * waitLimit / handlingTime);
    }

    /** Returns the mean wait, in the unit of {@code handlingTime}; infinite when overloaded. */
    public static double averageWait(int agents, double load, double handlingTime) {
        if (agents <= load) {
            return Double.POSITIVE_INFINITY;
        }
        return waitProbability(agents, load) * handlingTime / (agents - load);
    }

    /**
     * Returns the fewest agents whose service level reaches {@code target}; 0 when there is no
     * load.
     */
    public static int agentsFor(double load, double waitLimit, double handlingTime, double target) {
        checkLoad(load);
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException(
                    "service level target must be in (0, 1), was " + target);
        }
        if (load == 0) {
            return 0;
        }
        int agents = (int) Math.floor(load) + 1;
        while (serviceLevel(agents, load, waitLimit, handlingTime) < target) {
            agents++;
        }
        return agents;
    }

    private static void checkLoad(double load) {
        if (!(load >= 0) || Double.isInfinite(load)) {
            throw new IllegalArgumentException("offered load must be finite and >= 0, was " + load);
        }
    }
}
