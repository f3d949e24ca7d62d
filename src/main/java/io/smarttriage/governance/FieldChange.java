package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.time.Instant;
import java.util.Objects;

/**
 * A person set a field of an issue the app had decided about.
 *
 * @param issueId Jira's issue id
 * @param field the field
 * @param newValue the value the person set, or {@code null} when they cleared it
 * @param userKey the person's user key
 * @param time when it happened
 */
public record FieldChange(
        long issueId, TargetField field, String newValue, String userKey, Instant time) {

    /** Checks the required parts. */
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(time, "time");
    }
}
