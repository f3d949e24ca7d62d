package io.smarttriage.governance;

/** Kinds of work the Jira adapter queues after an issue event. */
public enum WorkKind {
    /** Triage a newly created issue. */
    TRIAGE,
    /** Compare field changes a person made with the app's decisions. */
    FEEDBACK,
    /** Mark untouched applied values of a resolved issue as kept. */
    RESOLVED,
    /** Remove everything the app keeps about a deleted issue. */
    PURGE,
    /** Drop what no longer fits an issue that moved to another project. */
    MOVED;

    /**
     * Returns whether this work keeps the app's records in step with Jira; such work is done for
     * every project, enabled or not, and needs neither the user nor the fields.
     */
    public boolean housekeeping() {
        return this == PURGE || this == MOVED;
    }

    /**
     * Returns whether an event of this kind reports a change of the values, which a task of
     * the kind that is already being worked on may have read too early; such an event then needs a
     * follow-up task. Creation, deletion and moves happen once and report nothing later.
     */
    public boolean reportsChange() {
        return this == FEEDBACK || this == RESOLVED;
    }
}
