package io.smarttriage.governance;

/** What a person later did with a decision. */
public enum Feedback {
    /** Nothing known yet. */
    NONE,
    /** The person kept or accepted the predicted value. */
    KEPT,
    /** The person set a different value. */
    CHANGED,
    /** The person rejected a suggestion without choosing another value. */
    REJECTED;

    /** Returns whether this feedback says whether the prediction was right. */
    public boolean judged() {
        return this != NONE;
    }
}
