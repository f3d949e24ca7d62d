package io.smarttriage.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open requests each agent holds now, whoever assigned them; safe for concurrent use. */
public final class Workload {
    private final WorkloadWeights weights;
    private final Map<String, OpenRequest> byKey = new HashMap<>();
    private final Map<String, Map<String, OpenRequest>> byAgent = new HashMap<>();

    /** Returns an empty workload weighed with {@code weights}. */
    public Workload(WorkloadWeights weights) {
        this.weights = weights;
    }

    /** Records a request as open on its assignee, replacing any earlier record of the key. */
    public synchronized void open(OpenRequest request) {
        close(request.key());
        byKey.put(request.key(), request);
        byAgent.computeIfAbsent(request.assignee(), a -> new LinkedHashMap<>())
                .put(request.key(), request);
    }

    /** Records a request as closed (resolved or unassigned); unknown keys are ignored. */
    public synchronized void close(String key) {
        OpenRequest old = byKey.remove(key);
        if (old != null) {
            byAgent.get(old.assignee()).remove(key);
        }
    }

    /** Returns the weighted open work of an agent at {@code now}. */
    public synchronized double load(String agent, Instant now) {
        double total = 0;
        for (OpenRequest request : byAgent.getOrDefault(agent, Map.of()).values()) {
            total += weights.weigh(request.priority(), request.opened(), now);
        }
        return total;
    }

    /** Returns the weight one new request of this priority adds now. */
    public double weightOfNew(String priority, Instant now) {
        return weights.weigh(priority, now, now);
    }

    /** Returns the open requests an agent holds, oldest first. */
    public synchronized List<OpenRequest> openOf(String agent) {
        return List.copyOf(byAgent.getOrDefault(agent, Map.of()).values());
    }

    /** Returns the number of open requests an agent holds. */
    public synchronized int countOf(String agent) {
        return byAgent.getOrDefault(agent, Map.of()).size();
    }
}
