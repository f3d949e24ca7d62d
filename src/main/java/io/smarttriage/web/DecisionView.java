package io.smarttriage.web;

import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.Feedback;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.Reason;

/**
 * JSON form of one decision about an issue.
 *
 * @param id decision id, used to accept or reject a suggestion
 * @param time when it was made, as an ISO-8601 instant (plain text, so that no Java time module is
 *     needed in the host's JSON mapper)
 * @param field the field
 * @param value predicted value, or {@code null}
 * @param confidence confidence, 0 to 1
 * @param modelVersion model version
 * @param mode the field's mode then
 * @param action what the app did
 * @param reason why
 * @param applied whether the value was written
 * @param feedback what a person did later
 * @param feedbackUserKey who, as a user key
 * @param note a short technical note, e.g. why a field does not exist on the issue
 */
public record DecisionView(
        long id,
        String time,
        TargetField field,
        String value,
        double confidence,
        String modelVersion,
        FieldMode mode,
        Action action,
        Reason reason,
        boolean applied,
        Feedback feedback,
        String feedbackUserKey,
        String note) {

    static DecisionView of(AuditRecord r) {
        return new DecisionView(
                r.id(),
                r.time().toString(),
                r.field(),
                r.predictedValue(),
                r.confidence(),
                r.modelVersion(),
                r.mode(),
                r.action(),
                r.verdict().reason(),
                r.applied(),
                r.correction().feedback(),
                r.correction().userKey(),
                r.note());
    }
}
