package io.smarttriage.governance;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Turns what people do after a decision into feedback in the audit log and training examples.
 *
 * <p>A change a person makes to a field is matched to the newest decision about that field still
 * without feedback: the same value counts as kept, another value as changed. Explicit accept and
 * reject of a suggestion come from agents through the user interface. When an issue is resolved,
 * applied values nobody touched count as kept.
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

    /** Records a person's change; returns the updated record, if a decision matched. */
    public Optional<AuditRecord> onFieldChanged(FieldChange change) {
        Optional<AuditRecord> open = newestOpen(change);
        open.ifPresent(r -> judge(r, change));
        return open.flatMap(r -> audit.find(r.id()));
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

    /** Marks applied values of a resolved issue that nobody changed as kept. */
    public int onResolved(long issueId, String userKey) {
        List<AuditRecord> untouched =
                audit.forIssue(issueId).stream()
                        .filter(r -> r.applied() && !r.correction().feedback().judged())
                        .toList();
        for (AuditRecord record : untouched) {
            audit.correct(
                    record.id(),
                    new Correction(
                            Feedback.KEPT, userKey, record.predictedValue(), clock.instant()));
        }
        return untouched.size();
    }

    private Optional<AuditRecord> newestOpen(FieldChange change) {
        List<AuditRecord> records = audit.forIssue(change.issueId());
        for (int i = records.size() - 1; i >= 0; i--) {
            AuditRecord r = records.get(i);
            if (r.field() == change.field()
                    && r.predictedValue() != null
                    && !r.correction().feedback().judged()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private void judge(AuditRecord record, FieldChange change) {
        Feedback feedback =
                record.predictedValue().equals(change.newValue())
                        ? Feedback.KEPT
                        : Feedback.CHANGED;
        Correction correction =
                new Correction(feedback, change.userKey(), change.newValue(), change.time());
        audit.correct(record.id(), correction);
        learn(record, correction);
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
