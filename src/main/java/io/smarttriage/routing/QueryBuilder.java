package io.smarttriage.routing;

import java.util.ArrayList;
import java.util.List;

/** Fills an {@link ExpertiseQuery} with the request's keys the desk has seen, and their weights. */
final class QueryBuilder {
    private final ExpertiseModel model;
    private final ExpertiseQuery query;
    private final ExpertiseSettings settings;

    QueryBuilder(ExpertiseModel model, ExpertiseQuery query) {
        this.model = model;
        this.query = query;
        this.settings = model.settings();
    }

    void build(RequestFeatures features) {
        synchronized (model) {
            for (String component : features.components()) {
                add(FeatureKeys.component(features.project(), component), Evidence.COMPONENT,
                        settings.componentWeight());
            }
            addValue(FeatureKeys.PRIORITY, features.priority(), Evidence.PRIORITY,
                    settings.priorityWeight());
            addValue(FeatureKeys.CATEGORY, features.category(), Evidence.CATEGORY,
                    settings.categoryWeight());
            addValue(FeatureKeys.REPORTER, features.reporter(), Evidence.REPORTER,
                    settings.reporterWeight());
            addTokens(features.tokens());
        }
    }

    private void addTokens(List<String> tokens) {
        List<String> known = new ArrayList<>();
        for (String token : tokens) {
            if (known.size() == settings.maxTokens()) {
                break;
            }
            if (model.desk().count(FeatureKeys.TOKEN + token) > 0) {
                known.add(FeatureKeys.TOKEN + token);
            }
        }
        double each = settings.textWeight() / Math.sqrt(Math.max(1, known.size()));
        for (String key : known) {
            add(key, Evidence.TEXT, each);
        }
    }

    private void addValue(String prefix, String value, Evidence group, double weight) {
        if (value != null && !value.isBlank()) {
            add(prefix + value, group, weight);
        }
    }

    private void add(String key, Evidence group, double weight) {
        double deskCount = model.desk().count(key);
        if (weight > 0 && deskCount > 0) {
            query.add(key, group, weight, deskCount / model.desk().total());
        }
    }
}
