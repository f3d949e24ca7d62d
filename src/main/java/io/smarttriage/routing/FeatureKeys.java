package io.smarttriage.routing;

import java.util.ArrayList;
import java.util.List;

/** Turns request features into the prefixed keys the expertise counts are kept under. */
final class FeatureKeys {
    static final String PROJECT = "p:";
    static final String COMPONENT = "c:";
    static final String PRIORITY = "r:";
    static final String CATEGORY = "k:";
    static final String REPORTER = "u:";
    static final String TOKEN = "t:";

    private FeatureKeys() {}

    /** Returns every key of the request, as learned from one resolved request. */
    static List<String> all(RequestFeatures features, int maxTokens) {
        List<String> keys = new ArrayList<>();
        addIfPresent(keys, PROJECT, features.project());
        for (String component : features.components()) {
            keys.add(component(features.project(), component));
        }
        addIfPresent(keys, PRIORITY, features.priority());
        addIfPresent(keys, CATEGORY, features.category());
        addIfPresent(keys, REPORTER, features.reporter());
        int limit = Math.min(maxTokens, features.tokens().size());
        for (String token : features.tokens().subList(0, limit)) {
            keys.add(TOKEN + token);
        }
        return keys;
    }

    /** Returns the key of a component within its project. */
    static String component(String project, String component) {
        return COMPONENT + project + "/" + component;
    }

    private static void addIfPresent(List<String> keys, String prefix, String value) {
        if (value != null && !value.isBlank()) {
            keys.add(prefix + value);
        }
    }
}
