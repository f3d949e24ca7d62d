package io.smarttriage.governance;

/** How the assignee is chosen among the project's agent pool. */
public enum AssignmentStrategy {
    /** The agent the model predicts from past requests. */
    PREDICTED,
    /** The predicted agent, unless another agent in the pool has clearly less open work. */
    BALANCED,
    /** Agents in the pool in turn, ignoring the prediction. */
    ROUND_ROBIN
}
