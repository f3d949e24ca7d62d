package io.smarttriage.governance;

/** Why a decision came out as it did. */
public enum Reason {
    /** The mode asked for exactly this action. */
    MODE,
    /** The model declined to predict. */
    ABSTAINED,
    /** Confidence below the field's threshold. */
    BELOW_THRESHOLD,
    /** The field already holds the predicted value. */
    SAME_AS_CURRENT,
    /** A person set the field; the app never overwrites that. */
    SET_BY_PERSON,
    /** A person rejected this value for this issue before. */
    REJECTED_BEFORE,
    /** The field does not exist on the issue (e.g. a request type outside a service desk). */
    FIELD_UNAVAILABLE,
    /** Writing the value to the issue failed. */
    APPLY_FAILED,
    /** The prediction itself failed. */
    TRIAGE_FAILED,
    /** Measured precision fell below the field's target. */
    PRECISION_BELOW_TARGET
}
