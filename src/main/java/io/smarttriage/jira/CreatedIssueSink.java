package io.smarttriage.jira;

/** Receives newly created issues from the Jira adapter; the triage core's entry point. */
public interface CreatedIssueSink {

    /**
     * Accepts an issue for triage without blocking the caller.
     *
     * @return {@code false} when the issue could not be accepted (for example, capacity reached)
     */
    boolean offer(CreatedIssue issue);
}
