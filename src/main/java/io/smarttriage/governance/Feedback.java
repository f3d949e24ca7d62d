package io.smarttriage.governance;

/** What a person later did with a decision. */
public enum Feedback {
    /** Nothing known yet. */
    NONE("smarttriage.feedback.none"),
    /** The person kept or accepted the predicted value. */
    KEPT("smarttriage.feedback.kept"),
    /** The person set a different value. */
    CHANGED("smarttriage.feedback.changed"),
    /** The person rejected a suggestion without choosing another value. */
    REJECTED("smarttriage.feedback.rejected");

    private final String messageKey;

    Feedback(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Returns the key of the feedback's text in the i18n bundles. */
    public String messageKey() {
        return messageKey;
    }

    /** Returns whether this feedback says whether the prediction was right. */
    public boolean judged() {
        return this != NONE;
    }
}
