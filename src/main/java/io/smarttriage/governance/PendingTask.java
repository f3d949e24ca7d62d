package io.smarttriage.governance;

import java.time.Instant;
import java.util.Objects;

/**
 * Work queued after an issue event and not yet done. Holds identifiers only, never request text.
 *
 * @param id storage id, or {@code null} before the task is stored
 * @param eventKey identifies the event; one task per key, so a repeated event adds nothing
 * @param issue the issue
 * @param kind what to do
 * @param userKey the user who caused the event, or {@code null}
 * @param created when the event happened
 * @param attempts how many times doing the task failed so far
 */
public record PendingTask(
        Long id,
        String eventKey,
        IssueRef issue,
        WorkKind kind,
        String userKey,
        Instant created,
        int attempts) {

    /** Checks the required parts. */
    public PendingTask {
        if (eventKey == null || eventKey.isBlank()) {
            throw new IllegalArgumentException(
                    "event key must not be blank, was '" + eventKey + "'");
        }
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(created, "created");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
    }

    /** Creates a task that has not been tried yet. */
    public PendingTask(
            Long id,
            String eventKey,
            IssueRef issue,
            WorkKind kind,
            String userKey,
            Instant created) {
        this(id, eventKey, issue, kind, userKey, created, 0);
    }
}
