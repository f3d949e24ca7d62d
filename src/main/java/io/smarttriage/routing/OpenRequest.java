package io.smarttriage.routing;

import java.time.Instant;

/**
 * A request that is open and assigned to an agent, by the app or by hand.
 *
 * @param key the issue key
 * @param assignee user key of the agent holding it
 * @param priority priority name, or {@code null}
 * @param opened when the request was opened
 */
public record OpenRequest(String key, String assignee, String priority, Instant opened) {

    /** Checks the key, assignee and opening time. */
    public OpenRequest {
        if (key == null || assignee == null || opened == null) {
            throw new IllegalArgumentException(
                    "open request: key, assignee and opened must be"
                            + " given, were "
                            + key
                            + ", "
                            + assignee
                            + ", "
                            + opened);
        }
    }

    /** Returns the same request held by another agent. */
    public OpenRequest handedTo(String agent) {
        return new OpenRequest(key, agent, priority, opened);
    }
}
