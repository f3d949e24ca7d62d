package io.smarttriage.routing;

import java.util.ArrayList;
import java.util.List;

/** Fills an {@link ExpertiseQuery} with the request's features the desk has seen. */
final class QueryBuilder {
    private final ExpertiseModel model;
    private final ExpertiseQuery query;
    private final ExpertiseSettings settings;

    QueryBuilder(ExpertiseModel model, ExpertiseQuery query) {
        this.model = model;
        this.query = query;
        this.settings = model.settings();
    }

    void build(RequestFeatures request) {
        for (String component : request.components()) {
            add(
                    FeatureKeys.component(request.project(), component),
                    Evidence.COMPONENT,
                    settings.componentWeight());
        }
        addValue(
                FeatureKeys.PRIORITY,
                request.priority(),
                Evidence.PRIORITY,
                settings.priorityWeight());
        addValue(
                FeatureKeys.CATEGORY,
                request.category(),
                Evidence.CATEGORY,
                settings.categoryWeight());
        addValue(
                FeatureKeys.REPORTER,
                request.reporter(),
                Evidence.REPORTER,
                settings.reporterWeight());
        addTokens(request.tokens());
    }

    private void addTokens(List<String> tokens) {
        List<String> known = new ArrayList<>();
        for (String token : tokens) {
            if (known.size() == settings.maxTokens()) {
                break;
            }
            String key = FeatureKeys.TOKEN + token;
            if (model.postings(key) != null && !known.contains(key)) {
                known.add(key);
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
        Postings postings = model.postings(key);
        if (weight > 0 && postings != null && postings.deskCount() > 0) {
            query.add(postings, group, weight, postings.deskCount() / model.deskTotal());
        }
    }
}
