package io.smarttriage.routing;

/** Whether an agent can take work at a given instant, and if not, why. */
public enum Presence {
    /** Working hours, not away, not paused. */
    AVAILABLE,
    /** Outside the weekly working hours. */
    OFF_HOURS,
    /** Inside an out-of-office period. */
    AWAY,
    /** The agent or an admin paused assignment. */
    PAUSED
}
