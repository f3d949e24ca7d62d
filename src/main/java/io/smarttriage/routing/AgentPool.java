package io.smarttriage.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agents of one service desk, sorted by user key so that every walk is deterministic; the
 * round-robin rotation walks them in the order they were given instead.
 */
public final class AgentPool {
    private final Map<String, Agent> agents;
    private final List<String> rotation;

    private AgentPool(Map<String, Agent> agents, List<String> rotation) {
        this.agents = Collections.unmodifiableMap(agents);
        this.rotation = List.copyOf(rotation);
    }

    /**
     * Returns a pool of the given agents; a user key may appear only once. The order of {@code
     * agents} is the order of the round-robin rotation.
     */
    public static AgentPool of(Collection<Agent> agents) {
        Map<String, Agent> byKey = new TreeMap<>();
        List<String> rotation = new ArrayList<>();
        for (Agent agent : agents) {
            if (byKey.put(agent.userKey(), agent) != null) {
                throw new IllegalArgumentException(
                        "agent pool: user key '" + agent.userKey() + "' appears more than once");
            }
            rotation.add(agent.userKey());
        }
        return new AgentPool(new LinkedHashMap<>(byKey), rotation);
    }

    /** Returns a pool of active, licensed agents that all have the same capacity. */
    public static AgentPool uniform(Collection<String> userKeys, double capacity) {
        return of(userKeys.stream().map(key -> Agent.of(key, capacity)).toList());
    }

    /** Returns the agent with this key, if the pool has one. */
    public Optional<Agent> get(String userKey) {
        return Optional.ofNullable(agents.get(userKey));
    }

    /** Returns whether the pool has an agent with this key. */
    public boolean contains(String userKey) {
        return agents.containsKey(userKey);
    }

    /** Returns all agents, sorted by user key. */
    public List<Agent> all() {
        return List.copyOf(agents.values());
    }

    /** Returns the user keys in the order the pool was given: the round-robin rotation. */
    public List<String> rotation() {
        return rotation;
    }

    /** Returns the number of agents. */
    public int size() {
        return agents.size();
    }
}
