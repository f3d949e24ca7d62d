package io.smarttriage.governance;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's later reaction to a decision.
 *
 * @param feedback kept, changed or rejected ({@link Feedback#NONE} while unknown)
 * @param userKey the person's user key (never a name), or {@code null} while unknown
 * @param finalValue the value the person left in the field, or {@code null}
 * @param time when it happened, or {@code null} while unknown
 */
public record Correction(Feedback feedback, String userKey, String finalValue, Instant time) {
    /** No reaction yet. */
    public static final Correction NONE = new Correction(Feedback.NONE, null, null, null);

    /** Checks the feedback is present. */
    public Correction {
        Objects.requireNonNull(feedback, "feedback");
    }
}
