package io.smarttriage.governance;

/** What the app did, or will do, with a prediction. */
public enum Action {
    /** Kept in the audit log only. */
    RECORD_ONLY,
    /** Offered to agents. */
    SUGGEST,
    /** Written to the issue. */
    APPLY,
    /** Not acted on, for the reason given with it. */
    SKIP,
    /** Triage or applying failed; the reason and note say which. */
    FAILED,
    /** The field's mode was changed by the app itself (see the note). */
    MODE_CHANGED
}
