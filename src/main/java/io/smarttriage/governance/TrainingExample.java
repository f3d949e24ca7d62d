package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.time.Instant;
import java.util.Objects;

/**
 * A value a person chose for a field, to train the next model with. The request text is read from
 * the issue at training time, never stored here.
 *
 * @param issueId Jira's issue id
 * @param projectKey the issue's project
 * @param field the field
 * @param value the value the person chose
 * @param userKey the person's user key
 * @param time when the person chose it
 */
public record TrainingExample(
        long issueId,
        String projectKey,
        TargetField field,
        String value,
        String userKey,
        Instant time) {

    /** Checks the required parts. */
    public TrainingExample {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(time, "time");
    }
}
