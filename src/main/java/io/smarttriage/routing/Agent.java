package io.smarttriage.routing;

/**
 * A person who may receive requests, identified by user key only.
 *
 * @param userKey the user key, never blank
 * @param active whether the user account is active
 * @param licensed whether the user holds an agent licence
 * @param capacity the most weighted open work the agent should hold at once, above zero
 */
public record Agent(String userKey, boolean active, boolean licensed, double capacity) {

    /** Checks the key and the capacity. */
    public Agent {
        if (userKey == null || userKey.isBlank()) {
            throw new IllegalArgumentException(
                    "agent user key must not be blank, was '" + userKey + "'");
        }
        if (!(capacity > 0)) {
            throw new IllegalArgumentException(
                    "agent '" + userKey + "': capacity must be above 0, was " + capacity);
        }
    }

    /** Returns an active, licensed agent with the given capacity. */
    public static Agent of(String userKey, double capacity) {
        return new Agent(userKey, true, true, capacity);
    }

    /** Returns whether the agent may ever receive work: active and licensed. */
    public boolean eligible() {
        return active && licensed;
    }
}
