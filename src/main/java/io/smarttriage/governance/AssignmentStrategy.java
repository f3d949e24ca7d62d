package io.smarttriage.governance;

/**
 * How the assignee is chosen among the project's agent pool; each stands for a strategy of the
 * routing core (io.smarttriage.routing.Strategy).
 */
public enum AssignmentStrategy {
    /**
     * Best match: expertise learned from resolved requests weighed against current load, with a
     * fairness term; confidence is the chosen agent's expertise probability.
     */
    PREDICTED,
    /** Least loaded: the lowest share of capacity in use among agents with matching expertise. */
    BALANCED,
    /** Round robin: the next available agent in configured pool order, ignoring expertise. */
    ROUND_ROBIN
}
