package io.smarttriage.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.Feedback;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.Reason;
import io.smarttriage.jira.ExplanationText;
import java.util.List;

/**
 * JSON form of one decision about an issue. Field, mode, action, reason and feedback come both as
 * enum names, for programs, and as texts in the requesting user's language, for people; the note
 * comes as text and as the message keys it is made of.
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
 * @param modeText the mode's name in the requesting user's language
 * @param action what the app did
 * @param actionText what the app did, in the requesting user's language
 * @param reason why
 * @param reasonText why, in the requesting user's language
 * @param applied whether the value was written
 * @param feedback what a person did later
 * @param feedbackText what a person did later, in the requesting user's language
 * @param feedbackUserKey who, as a user key
 * @param note why, in the requesting user's language: e.g. why a field does not exist on the issue
 *     or why the model abstained; empty when there is nothing to say
 * @param noteKeys the message keys of the note, in order (a note stored as plain text has the key
 *     {@value Explanation#TEXT_KEY})
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
        String modeText,
        Action action,
        String actionText,
        Reason reason,
        String reasonText,
        boolean applied,
        Feedback feedback,
        String feedbackText,
        String feedbackUserKey,
        String note,
        List<String> noteKeys) {

    /** Copies the note's keys. */
    public DecisionView {
        noteKeys = List.copyOf(noteKeys);
    }

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
                i18n.getText(r.mode().messageKey()),
                r.action(),
                i18n.getText(r.action().messageKey()),
                r.verdict().reason(),
                i18n.getText(r.verdict().reason().messageKey()),
                r.applied(),
                r.correction().feedback(),
                i18n.getText(r.correction().feedback().messageKey()),
                r.correction().userKey(),
                ExplanationText.of(r.note(), i18n),
                r.note().keys());
    }
}
