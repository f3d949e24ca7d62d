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
     * Writes an {@link Action#APPLY} decision's value only while the field still holds what triage
     * read: a value a person set after the read is never overwritten. Trackers that cannot read the
     * field again just write.
     *
     * @param read the field as triage read it before deciding
     */
    default Written apply(
            IssueRef issue, FieldDecision decision, ProjectConfig config, FieldState read) {
        return apply(issue, decision, config) ? Written.WRITTEN : Written.REFUSED;
    }

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

    /** What became of a value the writer was asked to apply. */
    enum Written {
        /** The value was written. */
        WRITTEN,
        /** The tracker refused the value, or it could not be written. */
        REFUSED,
        /** The field changed after triage read it, so the value was not written. */
        CHANGED_SINCE_READ
    }
}
