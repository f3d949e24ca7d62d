package io.smarttriage.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts open requests per agent over time, for shares and time-averaged load in a replay. */
final class LoadTracker {
    private final Map<String, String> holder = new HashMap<>();
    private final Map<String, double[]> state = new HashMap<>();
    private final Map<String, Integer> taken = new HashMap<>();
    private final Instant start;

    LoadTracker(Instant start) {
        this.start = start;
    }

    /** Records a request opened on {@code agent}; {@code counted} if it counts as taken. */
    void open(String key, String agent, Instant time, boolean counted) {
        close(key, time);
        holder.put(key, agent);
        advance(agent, time)[0]++;
        if (counted) {
            taken.merge(agent, 1, Integer::sum);
        }
    }

    void close(String key, Instant time) {
        String agent = holder.remove(key);
        if (agent != null) {
            advance(agent, time)[0]--;
        }
    }

    int taken(String agent) {
        return taken.getOrDefault(agent, 0);
    }

    /** Returns each agent's mean number of open requests from the start to {@code end}. */
    double[] meanLoads(List<String> agents, Instant end) {
        double span = Math.max(1, end.getEpochSecond() - start.getEpochSecond());
        double[] means = new double[agents.size()];
        for (int i = 0; i < means.length; i++) {
            means[i] = advance(agents.get(i), end)[1] / span;
        }
        return means;
    }

    /** State per agent: [open count, integral of count over seconds, last time]. */
    private double[] advance(String agent, Instant time) {
        double[] s = state.computeIfAbsent(agent, a -> new double[] {0, 0, start.getEpochSecond()});
        double now = Math.max(time.getEpochSecond(), start.getEpochSecond());
        s[1] += s[0] * (now - s[2]);
        s[2] = Math.max(s[2], now);
        return s;
    }
}
