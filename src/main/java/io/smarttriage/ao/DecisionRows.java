package io.smarttriage.ao;

import io.smarttriage.domain.TargetField;
import io.smarttriage.governance.Action;
import io.smarttriage.governance.AuditRecord;
import io.smarttriage.governance.Correction;
import io.smarttriage.governance.Feedback;
import io.smarttriage.governance.FieldMode;
import io.smarttriage.governance.Reason;
import io.smarttriage.governance.Verdict;

/** Reads audit records from decision rows. */
final class DecisionRows {
    private DecisionRows() {}

    static AuditRecord record(DecisionEntity row) {
        return new AuditRecord(
                (long) row.getID(),
                row.getIssueId(),
                row.getProjectKey(),
                Columns.instant(row.getDecidedAt()),
                TargetField.valueOf(row.getField()),
                row.getPredicted(),
                row.getConfidence(),
                row.getModelVersion(),
                FieldMode.valueOf(row.getMode()),
                new Verdict(Action.valueOf(row.getAction()), Reason.valueOf(row.getReason())),
                row.isApplied(),
                new Correction(
                        Feedback.valueOf(row.getFeedback()),
                        row.getFeedbackUser(),
                        row.getFinalValue(),
                        Columns.instant(row.getFeedbackAt())),
                NoteColumn.decode(row.getNote()));
    }
}
