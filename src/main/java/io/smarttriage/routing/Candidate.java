package io.smarttriage.routing;

import io.smarttriage.domain.Explanation;

/**
 * One agent as weighed in a decision.
 *
 * @param agent user key
 * @param verdict chosen, lost or excluded
 * @param exclusion why the agent was excluded, or {@code null}
 * @param expertise probability that the agent's expertise fits best, among the qualified
 * @param load weighted open work before this request
 * @param capacity the agent's capacity
 * @param reason why the agent lost or was excluded
 */
public record Candidate(
        String agent,
        Verdict verdict,
        Exclusion exclusion,
        double expertise,
        double load,
        double capacity,
        Explanation reason) {}
