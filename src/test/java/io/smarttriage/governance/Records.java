package io.smarttriage.governance;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import java.time.Instant;

/** Builds audit records for tests. */
public final class Records {
    private Records() {}

    public static AuditRecord decision(
            long issueId, TargetField field, String value, Action action, Instant time) {
        return new AuditRecord(
                null,
                issueId,
                "HELP",
                time,
                field,
                value,
                0.9,
                "v1",
                action == Action.APPLY ? FieldMode.AUTO : FieldMode.SUGGEST,
                new Verdict(action, Reason.MODE),
                action == Action.APPLY,
                Correction.NONE,
                Explanation.NONE);
    }
}
