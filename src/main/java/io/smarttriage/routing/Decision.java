package io.smarttriage.routing;

import io.smarttriage.domain.Explanation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of routing one request, with its explanation.
 *
 * @param requestKey the issue key
 * @param decidedAt when the decision was made
 * @param strategy the strategy used
 * @param outcome assigned, suggested or left unassigned
 * @param agent the chosen agent, or {@code null} when unassigned
 * @param confidence expertise probability of the chosen agent (0 when unassigned)
 * @param reasons why the chosen agent, or why nobody
 * @param alternatives the next-best candidates and why each lost or was excluded
 */
public record Decision(
        String requestKey,
        Instant decidedAt,
        Strategy strategy,
        Outcome outcome,
        String agent,
        double confidence,
        Explanation reasons,
        List<Candidate> alternatives) {

    /** Copies the list of alternatives. */
    public Decision {
        alternatives = List.copyOf(alternatives);
    }

    /** Returns the agent the request is assigned to, if the outcome is an assignment. */
    public Optional<String> assignee() {
        return outcome == Outcome.ASSIGNED ? Optional.of(agent) : Optional.empty();
    }
}
