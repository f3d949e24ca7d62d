package io.smarttriage.routing;

/** What a decision does with the request. */
public enum Outcome {
    /** Assign the request to the chosen agent. */
    ASSIGNED,
    /** Confidence is below the threshold: show the chosen agent as a suggestion only. */
    SUGGESTED,
    /** Nobody can take it: the request waits in the queue. */
    UNASSIGNED
}
