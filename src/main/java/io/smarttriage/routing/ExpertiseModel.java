package io.smarttriage.routing;

import io.smarttriage.model.ConfidenceMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each agent resolved, weighted toward recent work; learns one resolved request at a time.
 *
 * <p>The score of an agent for a request is a naive-Bayes-like log-likelihood: the log of the
 * agent's decayed activity in the request's project (the prior), plus for each component, priority,
 * category, reporter and text token the weighted log-ratio of the agent's smoothed rate to the
 * desk's rate. Agents with less than the minimum evidence score as an average agent of the project.
 * Counts are kept per feature as postings, so scoring reads memory in order. Learning and preparing
 * a query are synchronized on the model.
 */
public final class ExpertiseModel {
    private final ExpertiseSettings settings;
    private final DecayClock clock;
    private final Map<String, Postings> features = new HashMap<>();
    private final Map<String, AgentHistory> agents = new HashMap<>();
    private final List<AgentHistory> byId = new ArrayList<>();
    private final Map<String, Set<String>> agentsOf = new HashMap<>();
    private double deskTotal;
    private ConfidenceMap calibration = ConfidenceMap.IDENTITY;

    /** Returns an empty model. */
    public ExpertiseModel(ExpertiseSettings settings) {
        this.settings = settings;
        this.clock = new DecayClock(settings.halfLife());
    }

    /** Returns the settings the model was built with. */
    public ExpertiseSettings settings() {
        return settings;
    }

    /** Returns the map from the router's expertise probability to a calibrated confidence. */
    public synchronized ConfidenceMap calibration() {
        return calibration;
    }

    /**
     * Sets that map, fitted on the history this model learned (see {@link AssigneeCalibration}).
     */
    public synchronized void calibrate(ConfidenceMap map) {
        calibration = map;
    }

    /** Learns that {@code agent} resolved a request with these features at {@code when}. */
    public synchronized void learn(String agent, RequestFeatures request, Instant when) {
        if (clock.needsRebase(when)) {
            rescale(clock.rebase(when));
        }
        double weight = clock.weightOf(when);
        AgentHistory history = agents.computeIfAbsent(agent, this::newHistory);
        for (String key : FeatureKeys.all(request, settings.maxTokens())) {
            features.computeIfAbsent(key, k -> new Postings()).add(history.id, weight);
        }
        history.total += weight;
        history.events++;
        deskTotal += weight;
        if (request.project() != null) {
            history.projects.add(request.project());
            agentsOf.computeIfAbsent(request.project(), p -> new HashSet<>()).add(agent);
        }
    }

    /** Prepares the scoring of one request at {@code now} against the model as it is now. */
    synchronized ExpertiseQuery query(RequestFeatures request, Instant now) {
        return new ExpertiseQuery(this, request, now);
    }

    /** Returns the number of requests the agent is known to have resolved. */
    public synchronized int evidenceOf(String agent) {
        AgentHistory history = agents.get(agent);
        return history == null ? 0 : history.events;
    }

    AgentHistory historyOf(String agent) {
        return agents.get(agent);
    }

    List<AgentHistory> histories() {
        return byId;
    }

    Postings postings(String key) {
        return features.get(key);
    }

    double deskTotal() {
        return deskTotal;
    }

    DecayClock clock() {
        return clock;
    }

    int agentCountOf(String project) {
        return agentsOf.getOrDefault(project, Set.of()).size();
    }

    Map<String, Postings> features() {
        return features;
    }

    /** Adds a stored agent history with the next id; used when a model is read back. */
    void restore(String agent, double total, int events, List<String> projects) {
        AgentHistory history = newHistory(agent);
        agents.put(agent, history);
        history.total = total;
        history.events = events;
        history.projects.addAll(projects);
        projects.forEach(p -> agentsOf.computeIfAbsent(p, k -> new HashSet<>()).add(agent));
    }

    /** Returns the postings of a feature, creating them; used when a model is read back. */
    Postings postingsFor(String key) {
        return features.computeIfAbsent(key, k -> new Postings());
    }

    void restoreDeskTotal(double total) {
        deskTotal = total;
    }

    private AgentHistory newHistory(String agent) {
        AgentHistory history = new AgentHistory(byId.size(), agent);
        byId.add(history);
        return history;
    }

    private void rescale(double factor) {
        features.values().forEach(postings -> postings.scale(factor));
        byId.forEach(history -> history.total *= factor);
        deskTotal *= factor;
    }
}
