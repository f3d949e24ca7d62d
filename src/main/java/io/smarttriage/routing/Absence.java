package io.smarttriage.routing;

import java.time.Instant;

/**
 * An out-of-office period, start inclusive and end exclusive, with an optional covering agent.
 *
 * @param from the first instant away
 * @param until the instant the agent is back, after {@code from}
 * @param coveringAgent user key of the colleague who covers, or {@code null}
 */
public record Absence(Instant from, Instant until, String coveringAgent) {

    /** Checks that the period is not empty. */
    public Absence {
        if (from == null || until == null || !until.isAfter(from)) {
            throw new IllegalArgumentException(
                    "absence " + from + " to " + until + ": end must be after start");
        }
        coveringAgent = coveringAgent == null || coveringAgent.isBlank() ? null : coveringAgent;
    }

    /** Returns whether the instant falls inside the absence. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(until);
    }
}
