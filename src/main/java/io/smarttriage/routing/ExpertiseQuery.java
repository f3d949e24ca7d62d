package io.smarttriage.routing;

import io.smarttriage.domain.Explanation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request scored against every agent of the expertise model at once, ready to read. */
final class ExpertiseQuery {
    private final ExpertiseModel model;
    private final double scale;
    private final double mu;
    private final List<Postings> postings = new ArrayList<>();
    private final List<Evidence> groups = new ArrayList<>();
    private double[] weights = new double[8];
    private double[] deskRates = new double[8];
    private final double[] projectEvidence;
    private final double[] values;
    private final double coldStartValue;
    private final boolean hasProject;

    ExpertiseQuery(ExpertiseModel model, RequestFeatures request, Instant now) {
        this.model = model;
        this.scale = model.clock().readFactor(now);
        this.mu = model.settings().featureSmoothing();
        this.hasProject = request.project() != null;
        new QueryBuilder(model, this).build(request);
        int agents = model.histories().size();
        this.projectEvidence = new double[agents];
        Postings project = model.postings(FeatureKeys.PROJECT + request.project());
        if (project != null) {
            for (int i = 0; i < project.size(); i++) {
                projectEvidence[project.agentAt(i)] = project.countAt(i) * scale;
            }
        }
        double projectTotal = project == null ? 0 : project.deskCount() * scale;
        this.coldStartValue =
                Math.log(
                        projectTotal / Math.max(1, model.agentCountOf(request.project()))
                                + model.settings().priorSmoothing());
        this.values = new QueryScores(this).all();
    }

    void add(Postings feature, Evidence group, double weight, double deskRate) {
        int i = postings.size();
        if (i == weights.length) {
            weights = Arrays.copyOf(weights, i * 2);
            deskRates = Arrays.copyOf(deskRates, i * 2);
        }
        postings.add(feature);
        groups.add(group);
        weights[i] = weight;
        deskRates[i] = deskRate;
    }

    /** Returns how well the agent's past work matches the request. */
    public ExpertiseScore score(String agent) {
        AgentHistory history;
        synchronized (model) {
            history = model.historyOf(agent);
        }
        if (history == null
                || history.id >= values.length
                || history.events < model.settings().minEvidence()) {
            double evidence =
                    history == null || history.id >= values.length
                            ? 0
                            : projectEvidence[history.id];
            return new ExpertiseScore(agent, coldStartValue, true, evidence, true);
        }
        double evidence = projectEvidence[history.id];
        if (hasProject && evidence == 0 && !history.projects.isEmpty()) {
            double prior = Math.log(model.settings().priorSmoothing());
            return new ExpertiseScore(agent, prior, false, 0, false);
        }
        return new ExpertiseScore(agent, values[history.id], false, evidence, true);
    }

    /** Returns the agent's evidence per kind, as log-ratios against the desk (0 = average). */
    public Map<Evidence, Double> explain(String agent) {
        Map<Evidence, Double> parts = new EnumMap<>(Evidence.class);
        synchronized (model) {
            AgentHistory history = model.historyOf(agent);
            if (history == null || history.events < model.settings().minEvidence()) {
                return parts;
            }
            for (int i = 0; i < postings.size(); i++) {
                double count = postings.get(i).countOf(history.id);
                parts.merge(
                        groups.get(i), weight(i) * logRatio(count, history.total, i), Double::sum);
            }
        }
        return parts;
    }

    /**
     * Returns the strongest parts of an agent's expertise (up to three), each the evidence's name
     * with its signed weight, such as "components +1.20".
     */
    public List<Explanation.Phrase> describe(String agent) {
        List<Explanation.Phrase> parts = new ArrayList<>();
        explain(agent).entrySet().stream()
                .sorted(Map.Entry.<Evidence, Double>comparingByValue().reversed())
                .limit(3)
                .forEach(
                        e ->
                                parts.add(
                                        Explanation.Phrase.of(
                                                        "smarttriage.why.routing.evidence",
                                                        String.format(
                                                                Locale.ROOT, "%+.2f", e.getValue()))
                                                .with(
                                                        List.of(
                                                                Explanation.Phrase.of(
                                                                        e.getKey()
                                                                                .messageKey())))));
        return parts;
    }

    private double logRatio(double count, double total, int i) {
        double rate = (count * scale + mu * deskRates[i]) / (total * scale + mu);
        return Math.log(rate / deskRates[i]);
    }

    int features() {
        return postings.size();
    }

    Postings postingsAt(int i) {
        return postings.get(i);
    }

    double weight(int i) {
        return weights[i];
    }

    double deskRate(int i) {
        return deskRates[i];
    }

    double scale() {
        return scale;
    }

    double mu() {
        return mu;
    }

    double projectEvidence(int agent) {
        return projectEvidence[agent];
    }

    ExpertiseModel model() {
        return model;
    }
}
