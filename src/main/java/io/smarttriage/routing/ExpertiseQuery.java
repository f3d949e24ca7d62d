package io.smarttriage.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request prepared for scoring many agents against the expertise model. */
public final class ExpertiseQuery {
    private final ExpertiseModel model;
    private final String project;
    private final String projectKey;
    private final double scale;
    private final List<String> keys = new ArrayList<>();
    private final List<Evidence> groups = new ArrayList<>();
    private double[] weights = new double[0];
    private double[] deskRates = new double[0];

    ExpertiseQuery(ExpertiseModel model, RequestFeatures features, Instant now) {
        this.model = model;
        this.project = features.project();
        this.projectKey = FeatureKeys.PROJECT + features.project();
        this.scale = model.clock().readFactor(now);
        new QueryBuilder(model, this).build(features);
    }

    void add(String key, Evidence group, double weight, double deskRate) {
        keys.add(key);
        groups.add(group);
        int n = keys.size();
        weights = java.util.Arrays.copyOf(weights, n);
        deskRates = java.util.Arrays.copyOf(deskRates, n);
        weights[n - 1] = weight;
        deskRates[n - 1] = deskRate;
    }

    /** Returns how well the agent's past work matches the request. */
    public ExpertiseScore score(String agent) {
        synchronized (model) {
            FeatureCounts counts = model.countsOf(agent);
            double projectEvidence = counts == null ? 0 : counts.count(projectKey) * scale;
            if (counts == null || counts.events() < model.settings().minEvidence()) {
                return new ExpertiseScore(agent, coldStartValue(), true, projectEvidence, true);
            }
            double value = Math.log(projectEvidence + model.settings().priorSmoothing());
            if (!model.workedIn(agent, project)) {
                return new ExpertiseScore(agent, value, false, projectEvidence, false);
            }
            for (int i = 0; i < weights.length; i++) {
                value += weights[i] * logRatio(counts, i);
            }
            return new ExpertiseScore(agent, value, false, projectEvidence, true);
        }
    }

    /** Returns the agent's evidence per kind, as log-ratios against the desk (0 = average). */
    public Map<Evidence, Double> explain(String agent) {
        Map<Evidence, Double> parts = new EnumMap<>(Evidence.class);
        synchronized (model) {
            FeatureCounts counts = model.countsOf(agent);
            if (counts == null || counts.events() < model.settings().minEvidence()) {
                return parts;
            }
            for (int i = 0; i < weights.length; i++) {
                parts.merge(groups.get(i), weights[i] * logRatio(counts, i), Double::sum);
            }
        }
        return parts;
    }

    /** Returns a short text such as "components +1.20, text +0.85" of the strongest parts. */
    public String describe(String agent) {
        List<String> parts = new ArrayList<>();
        explain(agent).entrySet().stream()
                .sorted(Map.Entry.<Evidence, Double>comparingByValue().reversed())
                .limit(3)
                .forEach(e -> parts.add(String.format(Locale.ROOT, "%s %+.2f",
                        e.getKey().label(), e.getValue())));
        return String.join(", ", parts);
    }

    private double logRatio(FeatureCounts counts, int i) {
        double mu = model.settings().featureSmoothing();
        double rate = (counts.count(keys.get(i)) * scale + mu * deskRates[i])
                / (counts.total() * scale + mu);
        return Math.log(rate / deskRates[i]);
    }

    private double coldStartValue() {
        double projectTotal = model.desk().count(projectKey) * scale;
        double average = projectTotal / Math.max(1, model.agentCountOf(project));
        return Math.log(average + model.settings().priorSmoothing());
    }
}
