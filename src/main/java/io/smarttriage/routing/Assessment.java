package io.smarttriage.routing;

import io.smarttriage.domain.Explanation;

/**
 * One agent weighed for one request, before the strategy picks.
 *
 * @param agent the agent
 * @param score the agent's expertise score
 * @param probability softmax probability of the expertise score among the qualified agents
 * @param load weighted open work now
 * @param exclusion why the agent cannot take the request, or {@code null}
 * @param detail extra words for the exclusion (e.g. the end of an absence), or {@code null}
 */
record Assessment(
        Agent agent,
        ExpertiseScore score,
        double probability,
        double load,
        Exclusion exclusion,
        Explanation.Phrase detail) {

    String key() {
        return agent.userKey();
    }

    boolean excluded() {
        return exclusion != null;
    }

    double utilisation() {
        return load / agent.capacity();
    }

    Assessment withProbability(double value) {
        return new Assessment(agent, score, value, load, exclusion, detail);
    }

    Assessment excludedFor(Exclusion value, Explanation.Phrase words) {
        return new Assessment(agent, score, probability, load, value, words);
    }
}
