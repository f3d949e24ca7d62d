package io.smarttriage.governance;

/** What the app did, or will do, with a prediction. */
public enum Action {
    /** Kept in the audit log only. */
    RECORD_ONLY("smarttriage.action.record-only"),
    /** Offered to agents. */
    SUGGEST("smarttriage.action.suggest"),
    /** Written to the issue. */
    APPLY("smarttriage.action.apply"),
    /** Not acted on, for the reason given with it. */
    SKIP("smarttriage.action.skip"),
    /** Triage or applying failed; the reason and note say which. */
    FAILED("smarttriage.action.failed"),
    /** The field's mode was changed by the app itself (see the note). */
    MODE_CHANGED("smarttriage.action.mode-changed");

    private final String messageKey;

    Action(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Returns the key of the action's text in the i18n bundles. */
    public String messageKey() {
        return messageKey;
    }
}
