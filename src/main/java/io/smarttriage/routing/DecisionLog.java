package io.smarttriage.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The decisions of a desk in the order they were made; safe for concurrent use. */
public final class DecisionLog {
    private final List<Decision> decisions = Collections.synchronizedList(new ArrayList<>());

    /** Appends a decision. */
    public void add(Decision decision) {
        decisions.add(decision);
    }

    /** Returns a copy of all decisions. */
    public List<Decision> all() {
        synchronized (decisions) {
            return List.copyOf(decisions);
        }
    }

    /** Returns each agent's share of assigned requests beside their share of capacity. */
    public List<AgentShare> fairness(AgentPool pool) {
        Map<String, Integer> assigned = new TreeMap<>();
        for (Decision decision : all()) {
            decision.assignee().ifPresent(agent -> assigned.merge(agent, 1, Integer::sum));
        }
        int total = assigned.values().stream().mapToInt(Integer::intValue).sum();
        double capacity =
                pool.all().stream().filter(Agent::eligible).mapToDouble(Agent::capacity).sum();
        List<AgentShare> shares = new ArrayList<>();
        for (Agent agent : pool.all()) {
            int count = assigned.getOrDefault(agent.userKey(), 0);
            double share = total == 0 ? 0 : count / (double) total;
            double capacityShare =
                    agent.eligible() && capacity > 0 ? agent.capacity() / capacity : 0;
            shares.add(new AgentShare(agent.userKey(), count, share, capacityShare));
        }
        return shares;
    }
}
