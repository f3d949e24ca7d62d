package io.smarttriage.governance;

import static io.smarttriage.governance.Records.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.smarttriage.domain.Explanation;
import io.smarttriage.domain.TargetField;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
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

        int judged =
                recorder.observe(
                        7L, "HELP", Map.of(TargetField.PRIORITY, "Low"), "agent-1", T0, false);

        assertThat(judged).isEqualTo(1);
        assertThat(audit.forIssue(7L).get(0).correction())
                .isEqualTo(new Correction(Feedback.CHANGED, "agent-1", "Low", T0));
        assertThat(examples.since("HELP", T0, 10))
                .extracting(TrainingExample::value, TrainingExample::userKey)
                .containsExactly(tuple("Low", "agent-1"));
    }

    @Test
    void givenSuggestion_personSetsSameValue_recordsKept() {
        audit.append(decision(7L, TargetField.COMPONENT, "HELP/VPN", Action.SUGGEST, T0));
        Map<TargetField, String> now = Map.of(TargetField.COMPONENT, "HELP/VPN");

        recorder.observe(7L, "HELP", now, "agent-2", T0, false);

        assertThat(audit.forIssue(7L).get(0).correction().feedback()).isEqualTo(Feedback.KEPT);
    }

    @Test
    void givenSuggestionNotYetTaken_updateOfOtherField_judgesNothing() {
        audit.append(decision(7L, TargetField.COMPONENT, "HELP/VPN", Action.SUGGEST, T0));
        Map<TargetField, String> now = Map.of(TargetField.COMPONENT, "HELP/Mail");

        int judged = recorder.observe(7L, "HELP", now, "agent-1", T0, false);

        assertThat(judged).isZero();
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
    void givenOpenDecisions_observeResolved_judgesEachAgainstFinalValue() {
        audit.append(decision(7L, TargetField.PRIORITY, "High", Action.APPLY, T0));
        audit.append(decision(7L, TargetField.CATEGORY, "Access", Action.RECORD_ONLY, T0));
        Map<TargetField, String> last =
                Map.of(TargetField.PRIORITY, "High", TargetField.CATEGORY, "Hardware");

        int judged = recorder.observe(7L, "HELP", last, "agent-4", T0, true);

        assertThat(judged).isEqualTo(2);
        assertThat(audit.forIssue(7L))
                .extracting(r -> r.correction().feedback())
                .containsExactly(Feedback.KEPT, Feedback.CHANGED);
    }

    @Test
    void givenDecisionOfTheProjectTheIssueMovedFrom_observe_judgesAndLearnsNothing() {
        AuditRecord help = decision(7L, TargetField.PRIORITY, "High", Action.APPLY, T0);
        audit.append(
                new AuditRecord(
                        null,
                        7L,
                        "OLD",
                        T0,
                        help.field(),
                        help.predictedValue(),
                        help.confidence(),
                        help.modelVersion(),
                        help.mode(),
                        help.verdict(),
                        help.applied(),
                        Correction.NONE,
                        Explanation.NONE));

        int judged =
                recorder.observe(
                        7L, "HELP", Map.of(TargetField.PRIORITY, "Low"), "agent-1", T0, true);

        assertThat(judged).isZero();
        assertThat(audit.forIssue(7L).get(0).correction()).isEqualTo(Correction.NONE);
        assertThat(examples.all()).isEmpty();
    }
}
