package io.smarttriage.governance;

import static io.smarttriage.governance.Records.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.smarttriage.domain.TargetField;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeedbackRecorderTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final MemoryAuditLog audit = new MemoryAuditLog();
    private final MemoryExamples examples = new MemoryExamples();
    private final Clock clock = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
    private final FeedbackRecorder recorder = new FeedbackRecorder(audit, examples, clock);

    @Test
    void givenAppliedPriority_personChangesIt_recordsChangedAndLearnsNewValue() {
        audit.append(decision(7L, TargetField.PRIORITY, "High", Action.APPLY, T0));
        FieldChange change = new FieldChange(7L, TargetField.PRIORITY, "Low", "agent-1", T0);

        AuditRecord updated = recorder.onFieldChanged(change).orElseThrow();

        assertThat(updated.correction())
                .isEqualTo(new Correction(Feedback.CHANGED, "agent-1", "Low", T0));
        assertThat(examples.since("HELP", T0, 10))
                .extracting(TrainingExample::value, TrainingExample::userKey)
                .containsExactly(tuple("Low", "agent-1"));
    }

    @Test
    void givenSuggestion_personSetsSameValue_recordsKept() {
        audit.append(decision(7L, TargetField.COMPONENT, "HELP/VPN", Action.SUGGEST, T0));
        FieldChange change = new FieldChange(7L, TargetField.COMPONENT, "HELP/VPN", "agent-2", T0);

        AuditRecord updated = recorder.onFieldChanged(change).orElseThrow();

        assertThat(updated.correction().feedback()).isEqualTo(Feedback.KEPT);
    }

    @Test
    void givenNoDecisionForField_personChangesIt_recordsNothing() {
        audit.append(decision(7L, TargetField.PRIORITY, "High", Action.APPLY, T0));
        FieldChange change = new FieldChange(7L, TargetField.ASSIGNEE, "bob", "agent-1", T0);

        var updated = recorder.onFieldChanged(change);

        assertThat(updated).isEmpty();
        assertThat(examples.since("HELP", Instant.EPOCH, 10)).isEmpty();
    }

    @Test
    void givenOpenSuggestion_reject_recordsRejectedWithoutExample() {
        long id = audit.append(decision(7L, TargetField.PRIORITY, "High", Action.SUGGEST, T0)).id();

        recorder.reject(id, "agent-3");

        assertThat(audit.find(id).orElseThrow().correction().feedback())
                .isEqualTo(Feedback.REJECTED);
        assertThat(examples.since("HELP", Instant.EPOCH, 10)).isEmpty();
    }

    @Test
    void givenAppliedDecision_accept_failsNamingTheDecision() {
        long id = audit.append(decision(7L, TargetField.PRIORITY, "High", Action.APPLY, T0)).id();

        var thrown = assertThatThrownBy(() -> recorder.accept(id, "agent-3"));

        thrown.isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decision " + id + " is APPLY");
    }

    @Test
    void givenUntouchedAppliedValues_onResolved_marksThemKept() {
        audit.append(decision(7L, TargetField.PRIORITY, "High", Action.APPLY, T0));
        audit.append(decision(7L, TargetField.COMPONENT, "HELP/VPN", Action.SUGGEST, T0));

        int kept = recorder.onResolved(7L, "agent-4");

        assertThat(kept).isEqualTo(1);
        assertThat(audit.forIssue(7L))
                .extracting(r -> r.correction().feedback())
                .containsExactly(Feedback.KEPT, Feedback.NONE);
    }
}
