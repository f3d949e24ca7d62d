package io.smarttriage.routing;

/** What happened to one candidate in a decision. */
public enum Verdict {
    /** The agent picked. */
    CHOSEN,
    /** Could take the request but ranked below the chosen agent. */
    LOST,
    /** Could not take the request; the candidate names the exclusion. */
    EXCLUDED
}
