package io.smarttriage.governance;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log: what the app predicted and did for one field of one issue, and what a
 * person did about it later. Holds no request text.
 *
 * @param id storage id, or {@code null} before the record is stored
 * @param issueId Jira's issue id
 * @param projectKey the issue's project
 * @param time when the decision was made
 * @param field the field
 * @param predictedValue the predicted value, or {@code null} for an abstention or failure
 * @param confidence the prediction's confidence (0 for a failure)
 * @param modelVersion the model's version, empty when none
 * @param mode the field's mode at decision time
 * @param verdict what was decided and why
 * @param applied whether the value was actually written to the issue
 * @param correction what a person did about it later
 * @param note why, for people: error type, precision figures, why a model abstained; never request
 *     text beyond the words a model weighed
 */
public record AuditRecord(
        Long id,
        long issueId,
        String projectKey,
        Instant time,
        TargetField field,
        String predictedValue,
        double confidence,
        String modelVersion,
        FieldMode mode,
        Verdict verdict,
        boolean applied,
        Correction correction,
        Explanation note) {

    /** Checks the required parts and normalises empty texts. */
    public AuditRecord {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(verdict, "verdict");
        modelVersion = modelVersion == null ? "" : modelVersion;
        correction = correction == null ? Correction.NONE : correction;
        note = note == null ? Explanation.NONE : note;
    }

    /** Returns this record with a storage id. */
    public AuditRecord withId(long newId) {
        return new AuditRecord(
                newId,
                issueId,
                projectKey,
                time,
                field,
                predictedValue,
                confidence,
                modelVersion,
                mode,
                verdict,
                applied,
                correction,
                note);
    }

    /** Returns this record with a person's reaction. */
    public AuditRecord withCorrection(Correction newCorrection) {
        return new AuditRecord(
                id,
                issueId,
                projectKey,
                time,
                field,
                predictedValue,
                confidence,
                modelVersion,
                mode,
                verdict,
                applied,
                newCorrection,
                note);
    }

    /** Returns the action taken. */
    public Action action() {
        return verdict.action();
    }

    /** Returns whether people saw or got this value (it was suggested or applied). */
    public boolean visible() {
        return applied || verdict.action() == Action.SUGGEST;
    }

    /**
     * Returns whether the app gave this value or tried to: it was suggested or applied, or applying
     * it failed (e.g. Jira refused to assign the agent). Each of these takes the agent's turn in
     * the routing history, so that an agent the issue never takes does not hold up the rotation.
     */
    public boolean givenTurn() {
        return visible()
                || (verdict.action() == Action.FAILED && verdict.reason() == Reason.APPLY_FAILED);
    }
}
