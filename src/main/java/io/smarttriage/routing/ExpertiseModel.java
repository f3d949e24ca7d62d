package io.smarttriage.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each agent resolved, weighted toward recent work; learns one resolved request at a time.
 *
 * <p>The score of an agent for a request is a naive-Bayes-like log-likelihood: the log of the
 * agent's decayed activity in the request's project (the prior), plus for each component,
 * priority, category, reporter and text token the weighted log-ratio of the agent's smoothed rate
 * to the desk's rate. Agents with less than the minimum evidence score as an average agent of the
 * project. Learning and scoring are synchronized on the model.
 */
public final class ExpertiseModel {
    private final ExpertiseSettings settings;
    private final DecayClock clock;
    private final Map<String, FeatureCounts> agents = new HashMap<>();
    private final Map<String, Set<String>> projectsOf = new HashMap<>();
    private final Map<String, Set<String>> agentsOf = new HashMap<>();
    private final FeatureCounts desk = new FeatureCounts();

    /** Returns an empty model. */
    public ExpertiseModel(ExpertiseSettings settings) {
        this.settings = settings;
        this.clock = new DecayClock(settings.halfLife());
    }

    /** Returns the settings the model was built with. */
    public ExpertiseSettings settings() {
        return settings;
    }

    /** Learns that {@code agent} resolved a request with these features at {@code when}. */
    public synchronized void learn(String agent, RequestFeatures features, Instant when) {
        if (clock.needsRebase(when)) {
            double factor = clock.rebase(when);
            agents.values().forEach(counts -> counts.scale(factor));
            desk.scale(factor);
        }
        double weight = clock.weightOf(when);
        List<String> keys = FeatureKeys.all(features, settings.maxTokens());
        agents.computeIfAbsent(agent, a -> new FeatureCounts()).add(keys, weight);
        desk.add(keys, weight);
        if (features.project() != null) {
            projectsOf.computeIfAbsent(agent, a -> new HashSet<>()).add(features.project());
            agentsOf.computeIfAbsent(features.project(), p -> new HashSet<>()).add(agent);
        }
    }

    /** Prepares the scoring of one request at {@code now}; the query reads the live model. */
    public synchronized ExpertiseQuery query(RequestFeatures features, Instant now) {
        return new ExpertiseQuery(this, features, now);
    }

    /** Returns the number of requests the agent is known to have resolved. */
    public synchronized int evidenceOf(String agent) {
        FeatureCounts counts = agents.get(agent);
        return counts == null ? 0 : counts.events();
    }

    FeatureCounts countsOf(String agent) {
        return agents.get(agent);
    }

    FeatureCounts desk() {
        return desk;
    }

    DecayClock clock() {
        return clock;
    }

    boolean workedIn(String agent, String project) {
        return projectsOf.getOrDefault(agent, Set.of()).contains(project);
    }

    int agentCountOf(String project) {
        return agentsOf.getOrDefault(project, Set.of()).size();
    }
}
