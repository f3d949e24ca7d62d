package io.smarttriage.governance;

import io.smarttriage.domain.TargetField;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what people do after a decision into feedback in the audit log and training examples.
 *
 * <p>Feedback comes from two sides: agents accept or reject suggestions explicitly, and {@link
 * #observe} compares what people left in the issue's fields with what the app predicted.
 */
public final class FeedbackRecorder {
    private final AuditLog audit;
    private final TrainingExampleStore examples;
    private final Clock clock;

    /** Creates a recorder writing to the given stores. */
    public FeedbackRecorder(AuditLog audit, TrainingExampleStore examples, Clock clock) {
        this.audit = audit;
        this.examples = examples;
        this.clock = clock;
    }

    /** Records that an agent accepted a suggestion (the caller writes the value to the issue). */
    public AuditRecord accept(long recordId, String userKey) {
        AuditRecord record = openSuggestion(recordId);
        Correction kept =
                new Correction(Feedback.KEPT, userKey, record.predictedValue(), clock.instant());
        audit.correct(recordId, kept);
        learn(record, kept);
        return record.withCorrection(kept);
    }

    /** Records that an agent rejected a suggestion; the value is never offered again. */
    public AuditRecord reject(long recordId, String userKey) {
        AuditRecord record = openSuggestion(recordId);
        Correction rejected = new Correction(Feedback.REJECTED, userKey, null, clock.instant());
        audit.correct(recordId, rejected);
        return record.withCorrection(rejected);
    }

    /**
     * Compares the fields of an issue, as a person left them, with the open decisions about it.
     *
     * <p>An applied value that differs from the field now counts as changed at once. A suggestion
     * whose value the field now holds counts as kept. When the issue is resolved, every decision
     * still open is judged: kept if the field holds the predicted value, changed otherwise. This
     * also measures shadow-mode predictions against the final values.
     *
     * <p>Only decisions made in the issue's current project are judged: those of a project the
     * issue moved away from belong to that project's history, not to the new project's values.
     *
     * @param projectKey the issue's project now
     * @param current the issue's field values now ({@code null} values for empty fields)
     * @param resolved whether the issue has just been resolved
     * @return the number of decisions judged
     */
    public int observe(
            long issueId,
            String projectKey,
            Map<TargetField, String> current,
            String userKey,
            Instant time,
            boolean resolved) {
        int judged = 0;
        for (AuditRecord record : audit.forIssue(issueId)) {
            if (!record.projectKey().equals(projectKey)) {
                continue;
            }
            Optional<Feedback> verdict = judge(record, current, resolved);
            if (verdict.isPresent()) {
                Correction c =
                        new Correction(verdict.get(), userKey, current.get(record.field()), time);
                audit.correct(record.id(), c);
                learn(record, c);
                judged++;
            }
        }
        return judged;
    }

    private static Optional<Feedback> judge(
            AuditRecord record, Map<TargetField, String> current, boolean resolved) {
        if (record.predictedValue() == null
                || record.correction().feedback().judged()
                || !current.containsKey(record.field())) {
            return Optional.empty();
        }
        boolean same = record.predictedValue().equals(current.get(record.field()));
        if (record.applied() && !same) {
            return Optional.of(Feedback.CHANGED);
        }
        if (record.action() == Action.SUGGEST && same) {
            return Optional.of(Feedback.KEPT);
        }
        if (resolved) {
            return Optional.of(same ? Feedback.KEPT : Feedback.CHANGED);
        }
        return Optional.empty();
    }

    private void learn(AuditRecord record, Correction correction) {
        if (correction.finalValue() != null) {
            examples.add(
                    new TrainingExample(
                            record.issueId(),
                            record.projectKey(),
                            record.field(),
                            correction.finalValue(),
                            correction.userKey(),
                            correction.time()));
        }
    }

    private AuditRecord openSuggestion(long recordId) {
        AuditRecord record =
                audit.find(recordId)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no decision with id " + recordId));
        if (record.action() != Action.SUGGEST || record.correction().feedback().judged()) {
            throw new IllegalStateException(
                    "decision "
                            + recordId
                            + " is "
                            + record.action()
                            + " with feedback "
                            + record.correction().feedback()
                            + "; only open suggestions can be accepted or rejected");
        }
        return record;
    }
}
