package io.smarttriage.governance;

/** Why a decision came out as it did. */
public enum Reason {
    /** The mode asked for exactly this action. */
    MODE("smarttriage.reason.mode"),
    /** The model declined to predict. */
    ABSTAINED("smarttriage.reason.abstained"),
    /** Confidence below the field's threshold. */
    BELOW_THRESHOLD("smarttriage.reason.below-threshold"),
    /** The field already holds the predicted value. */
    SAME_AS_CURRENT("smarttriage.reason.same-as-current"),
    /** A person set the field; the app never overwrites that. */
    SET_BY_PERSON("smarttriage.reason.set-by-person"),
    /** A person rejected this value for this issue before. */
    REJECTED_BEFORE("smarttriage.reason.rejected-before"),
    /** The field does not exist on the issue (e.g. a request type outside a service desk). */
    FIELD_UNAVAILABLE("smarttriage.reason.field-unavailable"),
    /** Writing the value to the issue failed. */
    APPLY_FAILED("smarttriage.reason.apply-failed"),
    /** The prediction itself failed. */
    TRIAGE_FAILED("smarttriage.reason.triage-failed"),
    /** Measured precision fell below the field's target. */
    PRECISION_BELOW_TARGET("smarttriage.reason.precision-below-target"),
    /** The issue was resolved when triage ran (late, e.g. retried); nothing is written to it. */
    ISSUE_RESOLVED("smarttriage.reason.issue-resolved");

    private final String messageKey;

    Reason(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Returns the key of the reason's text in the i18n bundles. */
    public String messageKey() {
        return messageKey;
    }
}
