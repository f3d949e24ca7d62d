package io.smarttriage.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.Feedback;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.Reason;

/**
 * JSON form of one decision about an issue. Field, action and reason come both as enum names, for
 * programs, and as texts in the requesting user's language, for people.
 *
 * @param id decision id, used to accept or reject a suggestion
 * @param time when it was made, as an ISO-8601 instant (plain text, so that no Java time module is
 *     needed in the host's JSON mapper)
 * @param field the field
 * @param fieldText the field's name in the requesting user's language
 * @param value predicted value, or {@code null}
 * @param confidence confidence, 0 to 1
 * @param modelVersion model version
 * @param mode the field's mode then
 * @param action what the app did
 * @param actionText what the app did, in the requesting user's language
 * @param reason why
 * @param reasonText why, in the requesting user's language
 * @param applied whether the value was written
 * @param feedback what a person did later
 * @param feedbackUserKey who, as a user key
 * @param note a short technical note, e.g. why a field does not exist on the issue
 */
public record DecisionView(
        long id,
        String time,
        TargetField field,
        String fieldText,
        String value,
        double confidence,
        String modelVersion,
        FieldMode mode,
        Action action,
        String actionText,
        Reason reason,
        String reasonText,
        boolean applied,
        Feedback feedback,
        String feedbackUserKey,
        String note) {

    /** Returns the decision's view with its texts resolved by {@code i18n}. */
    static DecisionView of(AuditRecord r, I18nResolver i18n) {
        return new DecisionView(
                r.id(),
                r.time().toString(),
                r.field(),
                i18n.getText(r.field().messageKey()),
                r.predictedValue(),
                r.confidence(),
                r.modelVersion(),
                r.mode(),
                r.action(),
                i18n.getText(r.action().messageKey()),
                r.verdict().reason(),
                i18n.getText(r.verdict().reason().messageKey()),
                r.applied(),
                r.correction().feedback(),
                r.correction().userKey(),
                r.note());
    }
}
