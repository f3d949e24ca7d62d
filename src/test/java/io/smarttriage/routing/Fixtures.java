package io.smarttriage.routing;

import java.time.Instant;
import java.util.List;

/** Small hand-written requests and desks for routing tests. */
final class Fixtures {
    static final Instant MONDAY_NOON = Instant.parse("2024-03-04T12:00:00Z");

    private Fixtures() {}

    static RequestFeatures request(String key, String component, String... tokens) {
        return new RequestFeatures(
                key, "HELP", List.of(component), "Major", null, "customer", List.of(tokens));
    }

    /** Returns a model where each agent resolved {@code times} requests of their component. */
    static ExpertiseModel trained(Instant when, int times, String... agentComponentPairs) {
        ExpertiseModel model = new ExpertiseModel(ExpertiseSettings.defaults());
        for (int i = 0; i < times; i++) {
            for (int j = 0; j < agentComponentPairs.length; j += 2) {
                String component = agentComponentPairs[j + 1];
                model.learn(
                        agentComponentPairs[j],
                        request("H-" + i + "-" + j, component, component.toLowerCase(), "error"),
                        when.minusSeconds(3600L * (i + 1)));
            }
        }
        return model;
    }
}
