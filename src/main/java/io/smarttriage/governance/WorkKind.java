package io.smarttriage.governance;

/** Kinds of work the Jira adapter queues after an issue event. */
public enum WorkKind {
    /** Triage a newly created issue. */
    TRIAGE,
    /** Compare field changes a person made with the app's decisions. */
    FEEDBACK,
    /** Mark untouched applied values of a resolved issue as kept. */
    RESOLVED
}
