package io.smarttriage.governance;

import java.util.List;

/** Port: writes decisions to the issue tracker. */
public interface IssueWriter {

    /**
     * Writes an {@link Action#APPLY} decision's value to the issue as the automation user.
     *
     * @return whether the value was written; {@code false} when the tracker refused it
     */
    boolean apply(IssueRef issue, FieldDecision decision, ProjectConfig config);

    /**
     * Tells agents (and customers, if the project enables it) about the values applied to an issue.
     * Called once per triage with every applied decision, never with an empty list.
     */
    void announce(IssueRef issue, List<FieldDecision> applied, ProjectConfig config);

    /**
     * Whether the issue is resolved now, read from the tracker when asked: triage writes nothing to
     * a resolved issue. Trackers that cannot tell answer {@code false}.
     */
    default boolean resolved(IssueRef issue) {
        return false;
    }
}
